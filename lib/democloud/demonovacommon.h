#pragma once

// Helpers shared by the files of the simulated Nova (demonova*.cpp): microversions, collection
// keys, lookups with Nova's visibility rules, links, times and Nova's common error bodies.

#include "demoerrors.h"
#include "demoservice.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace zenith::demo::nova {

//! The newest compute microversion the demo cloud offers (Zed's 2.93), as its minor number.
constexpr int kMaxMicroversion = 93;
//! Nova's [api] max_limit: the longest page of any list.
constexpr int kMaxLimit = 1000;
//! The one availability zone, as on a default Nova.
inline QString zoneName()
{
    return QStringLiteral("nova");
}

//! The microversion the request asks for ("OpenStack-API-Version: compute 2.79" or the legacy
//! X-OpenStack-Nova-API-Version header) as the minor number of 2.x: 1 when none is asked.
int microversion(const DemoRequest& request);
//! True when the request's microversion is 2.`minor` or newer.
inline bool atLeast(const DemoRequest& request, int minor)
{
    return microversion(request) >= minor;
}

//! The collection key "<region>/<name>" of the request's region.
QString coll(const DemoRequest& request, const QString& name);
//! The same for a region named explicitly (timers and seeds have no request).
QString coll(const QString& region, const QString& name);

//! The server with this id when the caller may see it (their project's, any for an admin).
QJsonObject* findServer(DemoEnv& env, const DemoRequest& request, const QString& id);
//! A flavor by id; nullptr when there is none.
const QJsonObject* findFlavor(const DemoEnv& env, const QString& region, const QString& id);
//! An image the caller may boot (public, community, shared or their project's); nullptr otherwise.
const QJsonObject* findImage(const DemoEnv& env, const DemoRequest& request, const QString& id);

//! The flavor as a server embeds it from 2.47: vcpus, ram, disk, ephemeral, swap, original_name, extra_specs.
QJsonObject embeddedFlavor(const QJsonObject& flavor);

//! 404 "Instance <id> could not be found." (GET, DELETE and most actions).
DemoReply serverNotFound(const QString& id);
//! 404 "Instance <id> has no mapping to a cell." (os-start, os-stop, tags: they read the cell map first).
DemoReply noCellMapping(const QString& id);
//! 409 "Cannot '<action>' instance <id> while it is in <attr> <state>".
DemoReply invalidState(const QString& action, const QString& id, const QString& attr, const QString& state);
//! 409 "Instance <id> is locked".
DemoReply isLocked(const QString& id);
//! Nova's checks before acting on a server (check_instance_lock, then check_instance_state):
//! the 409 to answer, or nullopt. `vmStates` empty: any; `idle`: no task may be running.
std::optional<DemoReply> refuseAction(const DemoRequest& request, const QJsonObject& server, const QString& action,
                                      const QStringList& vmStates, bool lockMatters = true, bool idle = true);
//! The message of an error reply, for a server's fault.
QString messageOf(const DemoReply& reply);
//! 400 "Invalid input for field/attribute <field>. Value: <repr>. <why>", jsonschema's words.
DemoReply invalidInput(const QString& field, const QJsonValue& value, const QString& why);
//! The same for a part of the request's body at `path` ({"server"}), quoted with its keys in the
//! order the client sent them.
DemoReply invalidPart(const DemoRequest& request, const QStringList& path, const QString& why);
//! invalidPart(): "'<key>' is a required property".
DemoReply missingProperty(const DemoRequest& request, const QStringList& path, const QString& key);
//! 400 "Malformed request body" (not JSON, or not an object).
DemoReply malformedBody();

//! Python's repr() of a JSON value, as Nova quotes rejected values ({'name': 'x'}, ['a'], 5, True).
QString pythonRepr(const QJsonValue& value);
//! oslo's uuidutils.is_uuid_like: 32 hex digits, with or without dashes (the nil uuid too).
bool isUuidLike(const QString& text);
//! A non-negative integer (a number or a string of digits, as Nova's schemas accept); nullopt otherwise.
std::optional<int> nonNegativeInt(const QJsonValue& value);

//! self and bookmark links: "<base>/v2.1/<collection>/<id>" and "<base>/<collection>/<id>".
QJsonArray links(const DemoRequest& request, const QString& collection, const QString& id);
//! A bookmark link only (a server's image and pre-2.47 flavor).
QJsonArray bookmark(const DemoRequest& request, const QString& collection, const QString& id);
//! Nova's hostId: sha224(project_id + host), hex; "" without a host.
QString hostId(const QString& projectId, const QString& host);
//! The name of the region's only compute host.
QString hostName(const QString& region);

//! Nova's database times in the API: "2026-11-25T09:22:12.000000".
QString dbTime();
//! A password like Nova's generate_password(): 12 letters and digits.
QString newPassword();
//! The request id this call answers with: the header the HTTP layer put there, or a new one.
QString requestIdOf(const DemoRequest& request);

//! Nova's page: the next link, {"rel": "next", "href"}, when the page is as long as the limit
//! (or max_limit), as nova.api.openstack.common._get_collection_links decides.
QJsonArray nextLinks(const DemoRequest& request, const QList<QJsonObject>& page, const QString& markerValue);
//! Sorted as Nova's database returns tags: case and accents do not count ("étudiant" before "lab-1").
QStringList dbSorted(QStringList values);
//! The requested limit (at most kMaxLimit); nullopt with `error` set when it is not a non-negative integer.
std::optional<int> pageLimit(const DemoRequest& request, DemoReply* error);

} // namespace zenith::demo::nova
