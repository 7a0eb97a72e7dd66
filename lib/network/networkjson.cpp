#include "networkjson.h"

namespace zenith {

std::optional<QString> neutronNullableString(JsonReader& reader, QStringView key)
{
    if (reader.isNull(key))
        return std::nullopt;
    return reader.string(key);
}

std::optional<int> neutronNullableInt(JsonReader& reader, QStringView key)
{
    const auto value = reader.optionalInteger(key);
    if (!value)
        return std::nullopt;
    return static_cast<int>(*value);
}

void addFixedIpFilter(RequestSpec& spec, const QString& field, const std::optional<QString>& value)
{
    if (value && !value->isEmpty())
        spec.query.addQueryItem(QStringLiteral("fixed_ips"), QString(field + u'=' + *value));
}

void insertRouterGateway(QJsonObject& object, const Nullable<ExternalGatewayInfo>& gateway)
{
    if (gateway)
        object.insert(QStringLiteral("external_gateway_info"), *gateway ? (*gateway)->toJson() : QJsonObject());
}

QJsonObject neutronBody(const QString& key, const QJsonObject& body)
{
    return QJsonObject{{key, body}};
}

} // namespace zenith
