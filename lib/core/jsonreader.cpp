#include "jsonreader.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QTimeZone>

#include <cmath>
#include <limits>

namespace zenith {

Result<QJsonObject> parseJsonObject(const QByteArray& body)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return ApiError::parse(QStringLiteral("(body)"),
                               QStringLiteral("not JSON: %1 at offset %2").arg(error.errorString()).arg(error.offset));
    if (!doc.isObject())
        return ApiError::parse(QStringLiteral("(body)"), QStringLiteral("expected a JSON object"));
    return doc.object();
}

JsonReader::JsonReader(const QJsonObject& object, const QString& path)
    : m_object(object)
    , m_path(path)
    , m_error(std::make_shared<std::optional<ApiError>>())
{}

bool JsonReader::has(QStringView key) const
{
    return m_object.contains(key);
}

bool JsonReader::isNull(QStringView key) const
{
    const QJsonValue v = m_object.value(key);
    return v.isUndefined() || v.isNull();
}

QString JsonReader::pathOf(QStringView key) const
{
    return m_path.isEmpty() ? key.toString() : m_path + u'.' + key;
}

void JsonReader::failAt(const QString& path, const QString& problem)
{
    if (!m_error->has_value())
        *m_error = ApiError::parse(path, problem);
}

void JsonReader::fail(QStringView key, const QString& problem)
{
    failAt(pathOf(key), problem);
}

QJsonValue JsonReader::value(QStringView key, bool required)
{
    const QJsonValue v = m_object.value(key);
    if (required && (v.isUndefined() || v.isNull()))
        fail(key, v.isNull() ? QStringLiteral("is null") : QStringLiteral("is missing"));
    return v;
}

bool JsonReader::checkType(QStringView key, const QJsonValue& v, QJsonValue::Type type, const char* typeName)
{
    if (v.isUndefined() || v.isNull())
        return false;
    if (v.type() != type) {
        fail(key, QStringLiteral("expected %1").arg(QLatin1StringView(typeName)));
        return false;
    }
    return true;
}

QString JsonReader::string(QStringView key)
{
    const QJsonValue v = value(key, true);
    return checkType(key, v, QJsonValue::String, "a string") ? v.toString() : QString();
}

QString JsonReader::optionalString(QStringView key)
{
    const QJsonValue v = value(key, false);
    return checkType(key, v, QJsonValue::String, "a string") ? v.toString() : QString();
}

qint64 JsonReader::integer(QStringView key)
{
    const QJsonValue v = value(key, true);
    if (!checkType(key, v, QJsonValue::Double, "an integer"))
        return 0;
    const double d = v.toDouble();
    // Casting a double outside qint64's range is undefined behaviour: check the range first (2^63).
    constexpr double limit = 9223372036854775808.0;
    if (!(d >= -limit && d < limit) || d != std::trunc(d)) {
        fail(key, QStringLiteral("expected an integer"));
        return 0;
    }
    return static_cast<qint64>(d);
}

std::optional<qint64> JsonReader::optionalInteger(QStringView key)
{
    if (isNull(key))
        return std::nullopt;
    return integer(key);
}

int JsonReader::int32(QStringView key)
{
    const qint64 v = integer(key);
    if (v < std::numeric_limits<int>::min() || v > std::numeric_limits<int>::max()) {
        fail(key, QStringLiteral("expected an integer that fits 32 bits"));
        return 0;
    }
    return static_cast<int>(v);
}

std::optional<int> JsonReader::optionalInt32(QStringView key)
{
    if (isNull(key))
        return std::nullopt;
    return int32(key);
}

double JsonReader::number(QStringView key)
{
    const QJsonValue v = value(key, true);
    return checkType(key, v, QJsonValue::Double, "a number") ? v.toDouble() : 0.0;
}

bool JsonReader::boolean(QStringView key)
{
    const QJsonValue v = value(key, true);
    return checkType(key, v, QJsonValue::Bool, "a boolean") && v.toBool();
}

std::optional<bool> JsonReader::optionalBoolean(QStringView key)
{
    if (isNull(key))
        return std::nullopt;
    return boolean(key);
}

static QDateTime parseOpenStackTime(const QString& text)
{
    // Keystone writes "…T10:00:00.000000Z", Nova "…T10:00:00Z", Cinder "…T10:00:00.000000" (UTC,
    // without a zone). Qt reads the microseconds itself, rounded to the millisecond.
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (t.isValid() && t.timeSpec() == Qt::LocalTime)
        t.setTimeZone(QTimeZone::utc());
    return t;
}

QDateTime JsonReader::dateTime(QStringView key)
{
    const QJsonValue v = value(key, true);
    if (!checkType(key, v, QJsonValue::String, "a string"))
        return {};
    const QString text = v.toString();
    const QDateTime t = parseOpenStackTime(text);
    if (!t.isValid())
        fail(key, QStringLiteral("not an ISO 8601 time: %1").arg(text));
    return t;
}

QDateTime JsonReader::optionalDateTime(QStringView key)
{
    // An empty string says "not set" as much as null does.
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty()))
        return {};
    return dateTime(key);
}

QJsonObject JsonReader::object(QStringView key)
{
    const QJsonValue v = value(key, true);
    return checkType(key, v, QJsonValue::Object, "an object") ? v.toObject() : QJsonObject();
}

QJsonObject JsonReader::optionalObject(QStringView key)
{
    const QJsonValue v = value(key, false);
    return checkType(key, v, QJsonValue::Object, "an object") ? v.toObject() : QJsonObject();
}

QJsonArray JsonReader::array(QStringView key)
{
    const QJsonValue v = value(key, true);
    return checkType(key, v, QJsonValue::Array, "an array") ? v.toArray() : QJsonArray();
}

QJsonArray JsonReader::optionalArray(QStringView key)
{
    const QJsonValue v = value(key, false);
    return checkType(key, v, QJsonValue::Array, "an array") ? v.toArray() : QJsonArray();
}

static QStringList toStrings(JsonReader& reader, QStringView key, const QJsonArray& array)
{
    QStringList out;
    out.reserve(array.size());
    for (const QJsonValue& v : array) {
        if (!v.isString()) {
            reader.fail(key, QStringLiteral("expected an array of strings"));
            return {};
        }
        out.append(v.toString());
    }
    return out;
}

QStringList JsonReader::stringList(QStringView key)
{
    return toStrings(*this, key, array(key));
}

QStringList JsonReader::optionalStringList(QStringView key)
{
    return toStrings(*this, key, optionalArray(key));
}

QMap<QString, QString> JsonReader::optionalStringMap(QStringView key)
{
    QMap<QString, QString> out;
    const QJsonObject object = optionalObject(key);
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!it.value().isString()) {
            failAt(pathOf(key) + u'.' + it.key(), QStringLiteral("expected a string"));
            return {};
        }
        out.insert(it.key(), it.value().toString());
    }
    return out;
}

JsonReader JsonReader::child(QStringView key)
{
    JsonReader sub(object(key), pathOf(key));
    sub.m_error = m_error;
    return sub;
}

} // namespace zenith
