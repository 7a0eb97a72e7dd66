#pragma once

#include "nullable.h"
#include "requestspec.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

#include <optional>

namespace zenith {

//! The start of every request's spec(): a call of `method` on `path`, relative to the service's
//! versioned endpoint (no leading slash).
RequestSpec makeSpec(ServiceType service, HttpMethod method, const QString& path);

//! An id or name as one path segment, percent-encoded ("my key" -> "my%20key").
QString pathSegment(const QString& value);

//! Adds name=value to the query when the value is set (and, for strings, not empty).
void addQuery(RequestSpec& spec, const QString& name, const std::optional<QString>& value);
void addQuery(RequestSpec& spec, const QString& name, const std::optional<int>& value);
void addQuery(RequestSpec& spec, const QString& name, const std::optional<bool>& value);
//! Adds name=value once per value (Neutron's repeated filters: ?id=a&id=b).
void addQuery(RequestSpec& spec, const QString& name, const QStringList& values);

//! Sets a JSON body.
void setJsonBody(RequestSpec& spec, const QJsonObject& body);

//! Inserts key: value into a JSON object when the value is set; optional fields are left out,
//! never sent as null (several services treat null as "clear").
void insertIfSet(QJsonObject& object, const QString& key, const std::optional<QString>& value);
void insertIfSet(QJsonObject& object, const QString& key, const std::optional<int>& value);
void insertIfSet(QJsonObject& object, const QString& key, const std::optional<bool>& value);
void insertIfSet(QJsonObject& object, const QString& key, const std::optional<QStringList>& value);
//! Inserts key: value, or key: null for a cleared Nullable; nothing when it is left out.
void insertIfSet(QJsonObject& object, const QString& key, const Nullable<QString>& value);
void insertIfSet(QJsonObject& object, const QString& key, const Nullable<int>& value);

//! A JSON array of strings.
QJsonArray toJsonArray(const QStringList& values);
//! A JSON object of strings (metadata).
QJsonObject toJsonObject(const QMap<QString, QString>& map);

} // namespace zenith
