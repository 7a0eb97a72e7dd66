#include "demonovaactionlog.h"
#include "demonovacommon.h"
#include "demonovanetworking.h"
#include "demonovaroutes.h"
#include "demoports.h"

namespace zenith::demo::nova {

namespace {

const QStringList kPluggable{QStringLiteral("active"), QStringLiteral("paused"), QStringLiteral("stopped")};

QString portsOf(const DemoRequest& request)
{
    return coll(request, QStringLiteral("ports"));
}

DemoReply listInterfaces(DemoEnv& env, DemoRequest& request)
{
    const QString id = request.param(QStringLiteral("server_id"));
    if (!findServer(env, request, id))
        return serverNotFound(id);
    QJsonArray items;
    for (const QJsonObject& port : serverPorts(env, request.region, id))
        items.append(interfaceView(request, port));
    return DemoReply::json(200, QJsonObject{{QStringLiteral("interfaceAttachments"), items}});
}

DemoReply showInterface(DemoEnv& env, DemoRequest& request)
{
    const QString id = request.param(QStringLiteral("server_id"));
    const QString portId = request.param(QStringLiteral("port_id"));
    if (!findServer(env, request, id))
        return serverNotFound(id);
    const QJsonObject* port = env.state.find(portsOf(request), portId);
    if (!port)
        return errors::nova(404, QStringLiteral("Port id %1 could not be found.").arg(portId));
    if (port->value(u"device_id").toString() != id)
        return errors::nova(404, QStringLiteral("Instance %1 does not have a port with id %2").arg(id, portId));
    return DemoReply::json(200, QJsonObject{{QStringLiteral("interfaceAttachment"), interfaceView(request, *port)}});
}

// Zed lets the compute host's NetworkNotFound escape the RPC call as a RemoteError: a 500.
DemoReply remoteError()
{
    return errors::nova(500, QStringLiteral("Unexpected API Error. Please report this at "
                                            "http://bugs.launchpad.net/nova/ and attach the Nova API log if "
                                            "possible.\n<class 'oslo_messaging.rpc.client.RemoteError'>"));
}

// The compute host's part, done while the API waits (attach is an RPC call, not a cast).
std::variant<QJsonObject, DemoReply> plugInterface(DemoEnv& env, const DemoRequest& request, const QJsonObject& server,
                                                   const QString& networkId, const QString& portId,
                                                   const QString& fixedIp)
{
    const QString serverId = server.value(u"id").toString();
    if (!portId.isEmpty()) {
        const QJsonObject* port = env.state.find(portsOf(request), portId);
        if (!port->value(u"device_id").toString().isEmpty())
            return errors::nova(409, QStringLiteral("Port %1 is still in use.").arg(portId));
        ports::bind(env, request.region, portId, serverId, zoneName());
        return *env.state.find(portsOf(request), portId);
    }
    if (!env.state.find(coll(request, QStringLiteral("networks")), networkId))
        return remoteError();
    auto made = makePort(env, request.region, server, networkId, fixedIp);
    if (auto* refused = std::get_if<DemoReply>(&made))
        return refused->status == 404 ? remoteError() : *refused;
    return made;
}

// With neither net_id nor port_id Nova picks the project's one network.
QString onlyNetwork(const DemoEnv& env, const DemoRequest& request)
{
    const auto usable = env.state.select(coll(request, QStringLiteral("networks")), [&](const QJsonObject& n) {
        return n.value(u"project_id").toString() == request.caller.projectId;
    });
    return usable.size() == 1 ? usable.first().value(u"id").toString() : QString();
}

DemoReply attachInterface(DemoEnv& env, DemoRequest& request)
{
    const QString id = request.param(QStringLiteral("server_id"));
    const QJsonObject* found = findServer(env, request, id);
    if (!found)
        return serverNotFound(id);
    const QJsonObject server = *found;
    const QJsonObject asked = request.body.value(u"interfaceAttachment").toObject();
    QString networkId = asked.value(u"net_id").toString();
    const QString portId = asked.value(u"port_id").toString();
    const QString fixedIp = asked.value(u"fixed_ips").toArray().first().toObject().value(u"ip_address").toString();
    if (!networkId.isEmpty() && !portId.isEmpty())
        return errors::nova(400, QStringLiteral("Must not input both network_id and port_id"));
    if (!fixedIp.isEmpty() && networkId.isEmpty())
        return errors::nova(400, QStringLiteral("Must input network_id when request IP address"));
    if (const auto refused = refuseAction(request, server, QStringLiteral("attach_interface"), kPluggable))
        return *refused;
    if (networkId.isEmpty() && portId.isEmpty())
        networkId = onlyNetwork(env, request);
    if (networkId.isEmpty() && portId.isEmpty())
        return errors::nova(400, QStringLiteral("No specific network was requested and none are available for "
                                                "project '%1'.")
                                     .arg(request.caller.projectId));
    const QString requestId = requestIdOf(request);
    recordAction(env, request, id, requestId, QStringLiteral("attach_interface"));
    const QJsonObject* port = portId.isEmpty() ? nullptr : env.state.find(portsOf(request), portId);
    if (!portId.isEmpty() && (!port || port->value(u"project_id").toString() != request.caller.projectId))
        return errors::nova(404, QStringLiteral("Port id %1 could not be found.").arg(portId));
    startEvent(env, request.region, id, requestId, QStringLiteral("compute_attach_interface"));
    auto plugged = plugInterface(env, request, server, networkId, portId, fixedIp);
    const auto* refused = std::get_if<DemoReply>(&plugged);
    finishAction(env, request.region, id, requestId, !refused);
    if (refused)
        return *refused;
    return DemoReply::json(200, QJsonObject{{QStringLiteral("interfaceAttachment"),
                                             interfaceView(request, std::get<QJsonObject>(plugged))}});
}

void unplugInterface(DemoEnv& env, const QString& region, const QString& serverId, const QString& portId)
{
    const QJsonObject* server = env.state.find(coll(region, QStringLiteral("servers")), serverId);
    if (!server)
        return;
    QJsonArray created = server->value(u"_ports_created").toArray();
    if (created.contains(portId)) {
        env.state.remove(coll(region, QStringLiteral("ports")), portId);
        for (qsizetype i = created.size() - 1; i >= 0; --i) {
            if (created[i].toString() == portId)
                created.removeAt(i);
        }
        updateServer(env, region, serverId,
                     [&](QJsonObject& s) { s.insert(QStringLiteral("_ports_created"), created); });
    } else {
        ports::unbind(env, region, portId);
    }
}

// Detaching is a cast to the compute host: 202 whatever the port, the outcome in the action log.
DemoReply detachInterface(DemoEnv& env, DemoRequest& request)
{
    const QString id = request.param(QStringLiteral("server_id"));
    const QString portId = request.param(QStringLiteral("port_id"));
    const QJsonObject* server = findServer(env, request, id);
    if (!server)
        return serverNotFound(id);
    if (const auto refused = refuseAction(request, *server, QStringLiteral("detach_interface"), kPluggable))
        return *refused;
    const QString requestId = requestIdOf(request);
    recordAction(env, request, id, requestId, QStringLiteral("detach_interface"),
                 {QStringLiteral("compute_detach_interface")});
    const QString region = request.region;
    env.clock.after(0.5, &env.lifetime, [&env, region, id, portId, requestId] {
        const QJsonObject* port = env.state.find(coll(region, QStringLiteral("ports")), portId);
        const bool attached = port && port->value(u"device_id").toString() == id;
        if (attached)
            unplugInterface(env, region, id, portId);
        finishAction(env, region, id, requestId, attached);
    });
    return DemoReply::empty(202);
}

} // namespace

void addInterfaceRoutes(DemoRouter& router, DemoComputeHost& host)
{
    DemoEnv& env = host.env();
    const QString compute = QStringLiteral("compute");
    const QString all = QStringLiteral("v2.1/servers/{server_id}/os-interface");
    const QString one = all + QStringLiteral("/{port_id}");
    router.add(compute, "GET", all, [&env](DemoRequest& r) { return listInterfaces(env, r); });
    router.add(compute, "POST", all, [&env](DemoRequest& r) { return attachInterface(env, r); });
    router.add(compute, "GET", one, [&env](DemoRequest& r) { return showInterface(env, r); });
    router.add(compute, "DELETE", one, [&env](DemoRequest& r) { return detachInterface(env, r); });
}

} // namespace zenith::demo::nova
