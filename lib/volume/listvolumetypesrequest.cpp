#include "listvolumetypesrequest.h"

#include "core/replyparser.h"
#include "core/requestbuilder.h"

namespace zenith {

RequestSpec ListVolumeTypesRequest::spec() const
{
    return makeSpec(ServiceType::BlockStorage, HttpMethod::Get, QStringLiteral("types"));
}

Result<ListVolumeTypesRequest::Response> ListVolumeTypesRequest::parse(int, const QByteArray& body)
{
    // A project sees a handful of types: we ask for them all in one reply.
    return parseList<VolumeType>(body, u"volume_types");
}

} // namespace zenith
