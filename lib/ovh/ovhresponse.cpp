#include "ovhresponse.h"

#include "core/jsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace zenith::ovh {

namespace {

Result<QJsonArray> parseArray(const QByteArray& body, const QString& what)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return ApiError::parse(what, error.errorString());
    if (!doc.isArray())
        return ApiError::parse(what, QStringLiteral("expected an array"));
    return doc.array();
}

} // namespace

Result<qint64> parseTime(const QByteArray& body)
{
    bool ok = false;
    const qint64 seconds = body.trimmed().toLongLong(&ok);
    // Anything before 2001 is no clock worth signing with.
    if (!ok || seconds < 1'000'000'000)
        return ApiError::parse(QStringLiteral("time"), QStringLiteral("expected a Unix time in seconds"));
    return seconds;
}

Result<QStringList> parseNames(const QByteArray& body)
{
    auto array = parseArray(body, QStringLiteral("zones"));
    if (!array)
        return array.error();
    QStringList names;
    for (qsizetype i = 0; i < array->size(); ++i) {
        if (!array->at(i).isString())
            return ApiError::parse(QStringLiteral("zones[%1]").arg(i), QStringLiteral("expected a string"));
        names.append(array->at(i).toString());
    }
    return names;
}

Result<QList<qint64>> parseIds(const QByteArray& body)
{
    auto array = parseArray(body, QStringLiteral("records"));
    if (!array)
        return array.error();
    QList<qint64> ids;
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QJsonValue v = array->at(i);
        // Ids pass 2^32 but stay far below 2^53: exact as JSON numbers.
        if (!v.isDouble() || v.toDouble() != static_cast<double>(v.toInteger()))
            return ApiError::parse(QStringLiteral("records[%1]").arg(i), QStringLiteral("expected an integer"));
        ids.append(v.toInteger());
    }
    return ids;
}

Result<OvhRecord> parseRecord(const QByteArray& body)
{
    auto json = parseJsonObject(body);
    if (!json)
        return json.error();
    return OvhRecord::fromJson(json.value());
}

Result<OvhZone> parseZone(const QByteArray& body, const QString& requestedName)
{
    auto json = parseJsonObject(body);
    if (!json)
        return json.error();
    return OvhZone::fromJson(json.value(), requestedName);
}

} // namespace zenith::ovh
