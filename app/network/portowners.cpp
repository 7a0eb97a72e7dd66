#include "portowners.h"

#include "common/loadallpages.h"
#include "compute/listserversrequest.h"
#include "network/listroutersrequest.h"

#include <memory>
#include <optional>

namespace zenith {

QString PortOwners::serverName(const Port& port) const
{
    if (!port.deviceOwner.startsWith(u"compute:"))
        return {};
    return serverNames.value(port.deviceId, port.deviceId);
}

QString PortOwners::ownerText(const Port& port) const
{
    const QString owner = port.deviceOwner;
    if (owner.startsWith(u"compute:"))
        //: Who uses a port: %1 is the instance's name
        return tr("instance “%1”").arg(serverNames.value(port.deviceId, port.deviceId));
    if (owner == u"network:router_interface" || owner == u"network:router_interface_distributed" ||
        owner == u"network:ha_router_replicated_interface")
        //: Who uses a port: %1 is the router's name
        return tr("an interface of router “%1”").arg(routerNames.value(port.deviceId, port.deviceId));
    if (owner == u"network:router_gateway")
        return tr("the gateway of router “%1”").arg(routerNames.value(port.deviceId, port.deviceId));
    if (owner == u"network:floatingip")
        return tr("a floating IP");
    if (owner == u"network:dhcp")
        return tr("the DHCP service");
    if (owner.isEmpty())
        //: Who uses a port: %1 is the port's name or id
        return tr("port “%1”, attached to nothing").arg(port.name.isEmpty() ? port.id : port.name);
    //: Who uses a port: %1 is Neutron's device_owner, e.g. "network:distributed"
    return tr("a port of %1").arg(owner);
}

QString PortOwners::addresses(const Port& port)
{
    QStringList out;
    for (const PortFixedIp& ip : port.fixedIps)
        out << ip.ipAddress;
    return out.join(QStringLiteral(", "));
}

void PortOwners::load(Session* session, const ListPortsRequest& filter, QObject* context,
                      std::function<void(const Result<PortOwners>&)> done)
{
    struct State
    {
        PortOwners owners;
        std::optional<ApiError> error;
        int remaining = 3;
    };
    auto state = std::make_shared<State>();
    auto finish = [state, done](const std::optional<ApiError>& error) {
        if (error && !state->error)
            state->error = error;
        if (--state->remaining > 0)
            return;
        if (state->error)
            done(Result<PortOwners>(*state->error));
        else
            done(Result<PortOwners>(state->owners));
    };
    loadAllPages(session, filter, context, [state, finish](const Result<QList<Port>>& ports) {
        if (ports)
            state->owners.ports = *ports;
        finish(ports ? std::nullopt : std::optional(ports.error()));
    });
    loadAllPages(session, ListServersRequest{}, context, [state, finish](const Result<QList<Server>>& servers) {
        if (servers) {
            for (const Server& server : *servers)
                state->owners.serverNames.insert(server.id, server.name);
        }
        finish(servers ? std::nullopt : std::optional(servers.error()));
    });
    loadAllPages(session, ListRoutersRequest{}, context, [state, finish](const Result<QList<Router>>& routers) {
        if (routers) {
            for (const Router& router : *routers)
                state->owners.routerNames.insert(router.id, router.name);
        }
        finish(routers ? std::nullopt : std::optional(routers.error()));
    });
}

} // namespace zenith
