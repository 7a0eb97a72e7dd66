#include "getvolumerequest.h"

#include "core/replyparser.h"
#include "core/requestbuilder.h"

namespace zenith {

RequestSpec GetVolumeRequest::spec() const
{
    return makeSpec(ServiceType::BlockStorage, HttpMethod::Get, QStringLiteral("volumes/") + pathSegment(id));
}

Result<GetVolumeRequest::Response> GetVolumeRequest::parse(int, const QByteArray& body)
{
    return parseWrapped<Volume>(body, u"volume");
}

} // namespace zenith
