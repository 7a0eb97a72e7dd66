#include "createrecordsetrequest.h"

#include "core/jsonreader.h"
#include "core/requestbuilder.h"

namespace zenith {

RequestSpec CreateRecordSetRequest::spec() const
{
    RequestSpec s = makeSpec(ServiceType::Dns, HttpMethod::Post,
                             QStringLiteral("zones/") + pathSegment(zoneId) + QStringLiteral("/recordsets"));
    QJsonObject recordset{{QStringLiteral("name"), name},
                          {QStringLiteral("type"), type},
                          {QStringLiteral("records"), toJsonArray(records)}};
    insertIfSet(recordset, QStringLiteral("ttl"), ttl);
    insertIfSet(recordset, QStringLiteral("description"), description);
    setJsonBody(s, recordset);
    return s;
}

Result<CreateRecordSetRequest::Response> CreateRecordSetRequest::parse(int, const QByteArray& body)
{
    auto json = parseJsonObject(body);
    if (!json)
        return json.error();
    return RecordSet::fromJson(json.value());
}

} // namespace zenith
