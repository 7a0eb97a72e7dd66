#include "attachservervolumerequest.h"

#include "serverspec.h"

#include "core/replyparser.h"
#include "core/requestbuilder.h"

namespace zenith {

RequestSpec AttachServerVolumeRequest::spec() const
{
    RequestSpec s = makeSpec(ServiceType::Compute, HttpMethod::Post,
                             serverPath(serverId, QStringLiteral("/os-volume_attachments")));
    QJsonObject attachment{{QStringLiteral("volumeId"), volumeId}};
    insertIfSet(attachment, QStringLiteral("device"), device);
    insertIfSet(attachment, QStringLiteral("delete_on_termination"), deleteOnTermination);
    if (deleteOnTermination)
        s.minMicroversion = Microversion{2, 79};
    setJsonBody(s, QJsonObject{{QStringLiteral("volumeAttachment"), attachment}});
    return s;
}

Result<AttachServerVolumeRequest::Response> AttachServerVolumeRequest::parse(int, const QByteArray& body)
{
    return parseWrapped<ServerVolumeAttachment>(body, u"volumeAttachment");
}

} // namespace zenith
