#include "demonovaactionlog.h"
#include "demonovacommon.h"
#include "demonovacreate.h"
#include "demonovanetworking.h"
#include "demonovaroutes.h"
#include "demonovaview.h"
#include "demonovavolumes.h"

namespace zenith::demo::nova {

namespace {

const QString kDelete = QStringLiteral("delete");

void leaveGroup(DemoEnv& env, const QString& region, const QJsonObject& server)
{
    QJsonObject* group =
        env.state.find(coll(region, QStringLiteral("server_groups")), server.value(u"_group").toString());
    if (!group)
        return;
    QJsonArray members = group->value(u"members").toArray();
    for (qsizetype i = members.size() - 1; i >= 0; --i) {
        if (members[i].toString() == server.value(u"id").toString())
            members.removeAt(i);
    }
    group->insert(QStringLiteral("members"), members);
}

DemoReply showServer(DemoEnv& env, DemoRequest& request)
{
    const QString id = request.param(QStringLiteral("server_id"));
    const QJsonObject* server = findServer(env, request, id);
    if (!server)
        return serverNotFound(id);
    return DemoReply::json(200, QJsonObject{{QStringLiteral("server"), serverView(env, request, *server)}});
}

// PUT servers/{id}: the name, and the description from 2.19.
DemoReply updateServerRoute(DemoEnv& env, DemoRequest& request)
{
    const QString id = request.param(QStringLiteral("server_id"));
    if (!request.bodyIsJsonObject)
        return malformedBody();
    const QJsonObject changes = request.body.value(u"server").toObject();
    if (!request.body.value(u"server").isObject())
        return errors::nova(400, QStringLiteral("'server' is a required property"));
    if (!findServer(env, request, id))
        return serverNotFound(id);
    updateServer(env, request.region, id, [&](QJsonObject& s) {
        if (changes.value(u"name").isString())
            s.insert(QStringLiteral("name"), changes.value(u"name").toString());
        if (atLeast(request, 19) && changes.contains(u"description"))
            s.insert(QStringLiteral("description"), changes.value(u"description"));
    });
    const QJsonObject* server = findServer(env, request, id);
    return DemoReply::json(200, QJsonObject{{QStringLiteral("server"), serverView(env, request, *server)}});
}

DemoReply deleteServer(DemoComputeHost& host, DemoRequest& request)
{
    DemoEnv& env = host.env();
    const QString id = request.param(QStringLiteral("server_id"));
    const QJsonObject* server = findServer(env, request, id);
    if (!server)
        return serverNotFound(id);
    if (server->value(u"locked").toBool() && !request.caller.admin)
        return isLocked(id);
    // A server that never reached a host (still scheduling, or refused by the scheduler) is
    // deleted by the API at once; on a host it goes through task "deleting".
    if (server->value(u"_host").toString().isEmpty()) {
        destroyServer(host, request.region, id);
        return DemoReply::empty(204);
    }
    const QString requestId = requestIdOf(request);
    recordAction(env, request, id, requestId, kDelete);
    updateServer(env, request.region, id,
                 [](QJsonObject& s) { s.insert(QStringLiteral("OS-EXT-STS:task_state"), QStringLiteral("deleting")); });
    host.start(request.region, id, kDelete, requestId, {}, 1.0);
    return DemoReply::empty(204);
}

} // namespace

void destroyServer(DemoComputeHost& host, const QString& region, const QString& serverId)
{
    DemoEnv& env = host.env();
    const QJsonObject* found = env.state.find(coll(region, QStringLiteral("servers")), serverId);
    if (!found)
        return;
    const QJsonObject server = *found;
    unplugServer(env, region, server);
    releaseVolumes(host, region, server);
    leaveGroup(env, region, server);
    // The action log stays: Nova keeps instance_actions rows of deleted servers (readable from 2.21).
    env.state.remove(coll(region, QStringLiteral("servers")), serverId);
}

void addServerRoutes(DemoRouter& router, DemoComputeHost& host)
{
    DemoEnv& env = host.env();
    host.addFinisher(kDelete, [&host](const QString& region, const QString& id) {
        destroyServer(host, region, id);
        return true;
    });
    addBuildFinisher(host);
    const QString compute = QStringLiteral("compute");
    const QString one = QStringLiteral("v2.1/servers/{server_id}");
    router.add(compute, "POST", QStringLiteral("v2.1/servers"),
               [&host](DemoRequest& r) { return createServers(host, r); });
    router.add(compute, "GET", one, [&env](DemoRequest& r) { return showServer(env, r); });
    router.add(compute, "PUT", one, [&env](DemoRequest& r) { return updateServerRoute(env, r); });
    router.add(compute, "DELETE", one, [&host](DemoRequest& r) { return deleteServer(host, r); });
}

} // namespace zenith::demo::nova
