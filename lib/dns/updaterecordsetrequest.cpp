#include "updaterecordsetrequest.h"

#include "core/jsonreader.h"
#include "core/requestbuilder.h"

namespace zenith {

RequestSpec UpdateRecordSetRequest::spec() const
{
    RequestSpec s =
        makeSpec(ServiceType::Dns, HttpMethod::Put,
                 QStringLiteral("zones/") + pathSegment(zoneId) + QStringLiteral("/recordsets/") + pathSegment(id));
    QJsonObject recordset;
    insertIfSet(recordset, QStringLiteral("records"), records);
    insertIfSet(recordset, QStringLiteral("ttl"), ttl);
    insertIfSet(recordset, QStringLiteral("description"), description);
    setJsonBody(s, recordset);
    return s;
}

Result<UpdateRecordSetRequest::Response> UpdateRecordSetRequest::parse(int, const QByteArray& body)
{
    auto json = parseJsonObject(body);
    if (!json)
        return json.error();
    return RecordSet::fromJson(json.value());
}

} // namespace zenith
