#pragma once

#include "demoservice.h"

#include <functional>
#include <optional>
#include <variant>

namespace zenith::demo::cinder {

//! The highest Block Storage microversion offered, as Zed does (3.0 to 3.70).
inline constexpr int kMaxMinor = 70;

//! The minor number of "OpenStack-API-Version: volume 3.x" (0 without the header, 70 for
//! "latest"), or the reply Cinder gives a malformed (400) or unsupported (406) version.
std::variant<int, DemoReply> requestedMinor(const DemoRequest& request);

//! Now as Cinder's database keeps it: whole seconds and six zero digits.
QString storedTime();

//! The collection key of the request's region ("GRA11/volumes").
QString key(const DemoRequest& request, const QString& collection);

//! True when the item belongs to the caller's project (Cinder hides the others' as unknown).
bool ownedByCaller(const QJsonObject& item, const DemoRequest& request);

//! A stored volume as Cinder shows it at this microversion (links for this request's base URL).
QJsonObject volumeView(const QJsonObject& stored, const DemoRequest& request, int minor, const DemoState& state);

//! A stored snapshot as Cinder shows it; `extended` adds the os-extended-snapshot-attributes
//! (show and list have them, the create reply does not).
QJsonObject snapshotView(const QJsonObject& stored, int minor, bool extended);

//! A list reply: `items` filtered by the query keys in `filters`, sorted ("sort=name:asc", or
//! Cinder's default created_at desc), cut at limit/marker, with "<collection>_links" next when the
//! page is full. An unknown marker is Cinder's 404 "<kind> <marker> could not be found.".
DemoReply listReply(const DemoRequest& request, const QList<QJsonObject>& items, const QString& collection,
                    const QStringList& filters, const QString& kind,
                    const std::function<QJsonObject(const QJsonObject&)>& view);

//! Cinder's schema check of a size ("size", "new_size"): an integer from 1 to 2^31-1, a string of
//! digits, or null (absent); the 400 it answers otherwise.
std::optional<DemoReply> checkSize(const QString& field, const QJsonValue& size);

//! Cinder's 404 for an unknown resource: "<kind> <id> could not be found.".
DemoReply notFound(const QString& kind, const QString& id);

//! Cinder's schema error: "Invalid input for field/attribute <field>. Value: <value>. <why>".
DemoReply invalidField(const QString& field, const QString& value, const QString& why);

//! Cinder's 413 for a quota (FaultWrapper prefixes the exception's name; Retry-After: 0).
DemoReply overLimit(const QString& exceptionName, const QString& message);

//! False, with Cinder's 400 "Malformed request url" in `refusal`, when the URL's project is not the token's.
bool checkProject(const DemoRequest& request, DemoReply* refusal);

} // namespace zenith::demo::cinder
