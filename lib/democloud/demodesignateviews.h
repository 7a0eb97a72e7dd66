#pragma once

#include "demoservice.h"

#include <functional>
#include <optional>

namespace zenith::demo::designate {

//! Designate's default pool, the one every zone of this cloud lives in.
QString defaultPoolId();
//! The name server of that pool, in every zone's NS and SOA records.
QString nameServer();
//! Now as Designate shows it: whole seconds and six zero digits.
QString storedTime();

//! The collection keys of the request's region.
QString zonesKey(const DemoRequest& request);
QString recordSetsKey(const DemoRequest& request);

//! A stored zone or record set as the API shows it, "links": {"self"} for this request's base URL.
QJsonObject zoneView(const QJsonObject& zone, const DemoRequest& request);
QJsonObject recordSetView(const QJsonObject& recordSet, const DemoRequest& request);

//! What a list accepts: its filters (query keys other than limit, marker, sort_key, sort_dir)
//! and its sort keys.
struct ListRules
{
    QString collection; //!< "zones", "recordsets"
    QStringList filters;
    QStringList sortKeys;
};

//! A Designate list reply: filtered ("*" is a wildcard; "data" matches any record), sorted
//! (created_at asc by default), a page of `limit` (20 by default, "max" is 1000) after `marker`,
//! with "links": {"self", "next" when the page is full} and "metadata": {"total_count"}.
DemoReply listReply(const DemoRequest& request, const QList<QJsonObject>& items, const ListRules& rules,
                    const std::function<QJsonObject(const QJsonObject&)>& view);

//! 400 invalid_object with the field's message.
DemoReply invalidObject(const QString& message);
//! 400 invalid_object "Provided object does not match schema. Keys ['x'] are not valid for <resource>".
DemoReply unknownKeys(const QStringList& keys, const QString& resource);
//! One entry of a schema error (ValidationError as the API renders it).
QJsonObject schemaError(const QJsonArray& path, const QString& message, const QString& validator,
                        const QJsonValue& validatorValue);
//! 400 invalid_object with {"errors": {"errors": [...]}} and no "message", as Designate sends
//! schema errors.
DemoReply schemaErrors(const QJsonArray& errors);
//! 400 bad_request.
DemoReply badRequest(const QString& message);
//! 404 zone_not_found "Could not find Zone".
DemoReply zoneNotFound();
//! 404 recordset_not_found "Could not find RecordSet".
DemoReply recordSetNotFound();
//! 400 invalid_uuid for the first route parameter that is not a UUID.
std::optional<DemoReply> refuseBadIds(const DemoRequest& request, const QStringList& params);
//! 413 over_quota "Quota exceeded for <resource>.".
DemoReply overQuota(const QString& resource);

//! How Python prints a list of strings: "['a', 'b']".
QString pythonList(const QStringList& items);

} // namespace zenith::demo::designate
