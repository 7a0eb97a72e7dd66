#include "inusetext.h"

#include "common/errortext.h"

namespace zenith {

QList<Port> InUseText::holders(Resource resource, const QString& id, const QList<Port>& ports)
{
    QList<Port> out;
    for (const Port& port : ports) {
        if (port.deviceOwner == u"network:dhcp" || port.deviceOwner == u"network:distributed")
            continue;
        bool holds = false;
        switch (resource) {
        case Resource::Network: holds = port.networkId == id; break;
        case Resource::Router: holds = port.deviceId == id && port.deviceOwner != u"network:router_gateway"; break;
        case Resource::Subnet:
            for (const PortFixedIp& ip : port.fixedIps)
                holds = holds || ip.subnetId == id;
            break;
        }
        if (holds)
            out << port;
    }
    return out;
}

QString InUseText::deleteFailed(Resource resource, const QString& name, const QString& id, const ApiError& error,
                                const std::optional<PortOwners>& owners)
{
    QString head;
    switch (resource) {
    case Resource::Network: head = tr("Could not delete network “%1”.").arg(name); break;
    case Resource::Subnet: head = tr("Could not delete subnet “%1”.").arg(name); break;
    case Resource::Router: head = tr("Could not delete router “%1”.").arg(name); break;
    }
    if (error.kind != ApiError::Kind::Conflict)
        return head + u'\n' + ErrorText::message(error);

    QStringList users;
    bool instances = false;
    bool routers = false;
    if (owners) {
        for (const Port& port : holders(resource, id, owners->ports)) {
            const QString addresses = PortOwners::addresses(port);
            if (resource == Resource::Router) {
                //: A router's interface, by its address, e.g. "an interface at 10.12.0.1"
                users << tr("an interface at %1").arg(addresses);
                continue;
            }
            users << (addresses.isEmpty() ? owners->ownerText(port)
                                          : QString(owners->ownerText(port) + u" (" + addresses + u')'));
            instances = instances || port.deviceOwner.startsWith(u"compute:");
            routers = routers || port.deviceOwner.startsWith(u"network:router_interface");
        }
    }
    QString why;
    switch (resource) {
    case Resource::Network:
        why = users.isEmpty() ? tr("Ports still use it: instances or router interfaces are still connected to it.")
                              //: %1 lists who holds the network, e.g. instance “web-1” (10.12.0.5)
                              : tr("It is still used by: %1.").arg(users.join(QStringLiteral("; ")));
        break;
    case Resource::Subnet:
        why = users.isEmpty() ? tr("Ports still have an address from it: instances or router interfaces use it.")
                              : tr("Addresses from it are still used by: %1.").arg(users.join(QStringLiteral("; ")));
        break;
    case Resource::Router:
        why = users.isEmpty() ? tr("It still has interfaces on subnets.")
                              : tr("It still has %1.").arg(users.join(QStringLiteral("; ")));
        break;
    }
    QStringList todo;
    if (resource == Resource::Router || routers)
        //: What to do before deleting: remove router interfaces
        todo << tr("remove the router's interfaces (Routers tab, “Remove interface”)");
    if (instances || (users.isEmpty() && resource != Resource::Router))
        //: What to do before deleting: instances
        todo << tr("delete the instances or detach them from this network (Compute, Instances)");
    if (!instances && !routers && !users.isEmpty() && resource != Resource::Router)
        todo << tr("delete those ports");
    //: %1 is the list of things to do first
    const QString then = tr("First %1, then delete it again.").arg(todo.join(tr(", and ")));
    return head + u' ' + why + u' ' + then + u"\n\n" + ErrorText::message(error);
}

} // namespace zenith
