#include "listservervolumeattachmentsrequest.h"

#include "serverspec.h"

#include "core/replyparser.h"
#include "core/requestbuilder.h"

namespace zenith {

RequestSpec ListServerVolumeAttachmentsRequest::spec() const
{
    return makeSpec(ServiceType::Compute, HttpMethod::Get,
                    serverPath(serverId, QStringLiteral("/os-volume_attachments")));
}

Result<ListServerVolumeAttachmentsRequest::Response> ListServerVolumeAttachmentsRequest::parse(int,
                                                                                               const QByteArray& body)
{
    return parseList<ServerVolumeAttachment>(body, u"volumeAttachments");
}

} // namespace zenith
