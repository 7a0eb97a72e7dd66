#include "requestbuilder.h"

#include <QJsonDocument>
#include <QUrl>

namespace zenith {

RequestSpec makeSpec(ServiceType service, HttpMethod method, const QString& path)
{
    RequestSpec spec;
    spec.service = service;
    spec.method = method;
    spec.path = path;
    return spec;
}

QString pathSegment(const QString& value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

void addQuery(RequestSpec& spec, const QString& name, const std::optional<QString>& value)
{
    if (value && !value->isEmpty())
        spec.query.addQueryItem(name, *value);
}

void addQuery(RequestSpec& spec, const QString& name, const std::optional<int>& value)
{
    if (value)
        spec.query.addQueryItem(name, QString::number(*value));
}

void addQuery(RequestSpec& spec, const QString& name, const std::optional<bool>& value)
{
    if (value)
        spec.query.addQueryItem(name, *value ? QStringLiteral("true") : QStringLiteral("false"));
}

void addQuery(RequestSpec& spec, const QString& name, const QStringList& values)
{
    for (const QString& v : values)
        spec.query.addQueryItem(name, v);
}

void setJsonBody(RequestSpec& spec, const QJsonObject& body)
{
    spec.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    spec.contentType = "application/json";
}

void insertIfSet(QJsonObject& object, const QString& key, const std::optional<QString>& value)
{
    if (value)
        object.insert(key, *value);
}

void insertIfSet(QJsonObject& object, const QString& key, const std::optional<int>& value)
{
    if (value)
        object.insert(key, *value);
}

void insertIfSet(QJsonObject& object, const QString& key, const std::optional<bool>& value)
{
    if (value)
        object.insert(key, *value);
}

void insertIfSet(QJsonObject& object, const QString& key, const std::optional<QStringList>& value)
{
    if (value)
        object.insert(key, toJsonArray(*value));
}

void insertIfSet(QJsonObject& object, const QString& key, const Nullable<QString>& value)
{
    if (value)
        object.insert(key, *value ? QJsonValue(**value) : QJsonValue(QJsonValue::Null));
}

void insertIfSet(QJsonObject& object, const QString& key, const Nullable<int>& value)
{
    if (value)
        object.insert(key, *value ? QJsonValue(**value) : QJsonValue(QJsonValue::Null));
}

QJsonArray toJsonArray(const QStringList& values)
{
    QJsonArray out;
    for (const QString& v : values)
        out.append(v);
    return out;
}

} // namespace zenith

namespace zenith {

QJsonObject toJsonObject(const QMap<QString, QString>& map)
{
    QJsonObject out;
    for (auto it = map.constBegin(); it != map.constEnd(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

} // namespace zenith
