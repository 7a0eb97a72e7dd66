#pragma once

#include <QJsonValue>
#include <QString>

#include <optional>

namespace zenith::demo::designate {

//! What Designate's object fields say when they refuse a value: the ValueError message its API
//! wraps in "Provided object is not valid. Got a ValueError error with message ...". All return
//! nullopt for an accepted value.

//! A zone name (DomainField): at most 255 characters, labels of at most 63, a trailing dot.
std::optional<QString> zoneNameError(const QString& name);
//! A record set name (HostField): as a zone name, and "*" allowed as the first label.
std::optional<QString> recordSetNameError(const QString& name);
//! A zone's email (EmailField): one "@", and a valid domain once "@" reads as ".".
std::optional<QString> emailError(const QString& email);
//! A TTL (IntegerFields 0 to 2^31-1): a number, or a string Python's int() reads; null is allowed.
std::optional<QString> ttlError(const QJsonValue& ttl);
//! An accepted TTL as Designate stores it: null or an integer.
QJsonValue ttlValue(const QJsonValue& ttl);
//! A description (StringFields, at most 160 characters); null is allowed.
std::optional<QString> descriptionError(const QJsonValue& description);

//! True for the record types Designate Zed supports (supported_record_type).
bool isSupportedType(const QString& type);
//! True when `data` parses as a record of `type`, with the checks of designate/objects/rrdata_*.py.
bool isValidRecord(const QString& type, const QString& data);
//! True for what oslo's is_uuid_like accepts (the nil UUID included).
bool isUuidLike(const QString& text);
//! True when `value` matches a Designate filter, where "*" stands for any run of characters.
bool matchesFilter(const QString& value, const QString& filter);

} // namespace zenith::demo::designate
