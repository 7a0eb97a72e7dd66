#include "deletevolumerequest.h"

#include "core/requestbuilder.h"

namespace zenith {

RequestSpec DeleteVolumeRequest::spec() const
{
    RequestSpec s =
        makeSpec(ServiceType::BlockStorage, HttpMethod::Delete, QStringLiteral("volumes/") + pathSegment(id));
    if (cascade)
        addQuery(s, QStringLiteral("cascade"), std::optional<bool>(true));
    return s;
}

Result<DeleteVolumeRequest::Response> DeleteVolumeRequest::parse(int status, const QByteArray& body)
{
    return parseNoContent(status, body);
}

} // namespace zenith
