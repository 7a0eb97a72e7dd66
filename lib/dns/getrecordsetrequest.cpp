#include "getrecordsetrequest.h"

#include "core/jsonreader.h"
#include "core/requestbuilder.h"

namespace zenith {

RequestSpec GetRecordSetRequest::spec() const
{
    return makeSpec(ServiceType::Dns, HttpMethod::Get,
                    QStringLiteral("zones/") + pathSegment(zoneId) + QStringLiteral("/recordsets/") + pathSegment(id));
}

Result<GetRecordSetRequest::Response> GetRecordSetRequest::parse(int, const QByteArray& body)
{
    auto json = parseJsonObject(body);
    if (!json)
        return json.error();
    return RecordSet::fromJson(json.value());
}

} // namespace zenith
