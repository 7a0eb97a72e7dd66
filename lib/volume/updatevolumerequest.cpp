#include "updatevolumerequest.h"

#include "core/replyparser.h"
#include "core/requestbuilder.h"

namespace zenith {

RequestSpec UpdateVolumeRequest::spec() const
{
    RequestSpec s = makeSpec(ServiceType::BlockStorage, HttpMethod::Put, QStringLiteral("volumes/") + pathSegment(id));
    QJsonObject volume;
    insertIfSet(volume, QStringLiteral("name"), name);
    insertIfSet(volume, QStringLiteral("description"), description);
    setJsonBody(s, QJsonObject{{QStringLiteral("volume"), volume}});
    return s;
}

Result<UpdateVolumeRequest::Response> UpdateVolumeRequest::parse(int, const QByteArray& body)
{
    return parseWrapped<Volume>(body, u"volume");
}

} // namespace zenith
