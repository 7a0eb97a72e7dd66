#pragma once

#include "result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace zenith {

//! Parses a whole reply body that must be a JSON object.
Result<QJsonObject> parseJsonObject(const QByteArray& body);

//! Reads typed fields from a JSON object and remembers the first problem, naming the field's path.
//! Required getters fail on a missing, null or mistyped field; optional ones accept missing and null
//! but still fail on a wrong type. Nothing silently defaults.
class JsonReader
{
public:
    explicit JsonReader(const QJsonObject& object, const QString& path = {});

    bool has(QStringView key) const;
    bool isNull(QStringView key) const; //!< missing or JSON null

    QString string(QStringView key);
    QString optionalString(QStringView key); //!< empty when missing or null
    qint64 integer(QStringView key);
    std::optional<qint64> optionalInteger(QStringView key);
    //! An integer that must fit an int (counts, sizes in GiB, ports, TTLs).
    int int32(QStringView key);
    std::optional<int> optionalInt32(QStringView key);
    double number(QStringView key);
    bool boolean(QStringView key);
    std::optional<bool> optionalBoolean(QStringView key);
    //! ISO 8601 as OpenStack writes it (with or without fraction and zone; no zone means UTC).
    QDateTime dateTime(QStringView key);
    QDateTime optionalDateTime(QStringView key); //!< invalid when missing, null or ""
    QJsonObject object(QStringView key);
    QJsonObject optionalObject(QStringView key);
    QJsonArray array(QStringView key);
    QJsonArray optionalArray(QStringView key);
    QStringList stringList(QStringView key);
    QStringList optionalStringList(QStringView key);
    //! An object of strings (metadata, extra specs); empty when missing or null.
    QMap<QString, QString> optionalStringMap(QStringView key);

    //! A reader for a required sub-object that reports into this reader.
    JsonReader child(QStringView key);

    //! Maps every element of a required array of objects through T::fromJson.
    template <typename T> QList<T> list(QStringView key) { return listOf<T>(array(key), key); }
    template <typename T> QList<T> optionalList(QStringView key) { return listOf<T>(optionalArray(key), key); }

    //! The first problem met, if any.
    std::optional<ApiError> error() const { return *m_error; }
    bool ok() const { return !m_error->has_value(); }
    //! Records a problem found by the caller's own checks (an unknown enum value, say).
    void fail(QStringView key, const QString& problem);
    QString pathOf(QStringView key) const;

private:
    QJsonValue value(QStringView key, bool required);
    bool checkType(QStringView key, const QJsonValue& v, QJsonValue::Type type, const char* typeName);

    template <typename T> QList<T> listOf(const QJsonArray& array, QStringView key)
    {
        QList<T> out;
        out.reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString where = pathOf(key) + u'[' + QString::number(i) + u']';
            if (!array.at(i).isObject()) {
                failAt(where, QStringLiteral("expected an object"));
                return out;
            }
            auto item = T::fromJson(array.at(i).toObject());
            if (!item) {
                failAt(where, item.error().message);
                return out;
            }
            out.append(std::move(item).value());
        }
        return out;
    }
    void failAt(const QString& path, const QString& problem);

    QJsonObject m_object;
    QString m_path;
    std::shared_ptr<std::optional<ApiError>> m_error;
};

} // namespace zenith
