#include "deleterecordsetrequest.h"

#include "core/jsonreader.h"
#include "core/requestbuilder.h"

namespace zenith {

RequestSpec DeleteRecordSetRequest::spec() const
{
    return makeSpec(ServiceType::Dns, HttpMethod::Delete,
                    QStringLiteral("zones/") + pathSegment(zoneId) + QStringLiteral("/recordsets/") + pathSegment(id));
}

Result<DeleteRecordSetRequest::Response> DeleteRecordSetRequest::parse(int, const QByteArray& body)
{
    auto json = parseJsonObject(body);
    if (!json)
        return json.error();
    return RecordSet::fromJson(json.value());
}

} // namespace zenith
