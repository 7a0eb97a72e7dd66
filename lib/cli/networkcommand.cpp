#include "networkcommand.h"

#include "cli/openstackcommand.h"
#include "network/createsubnetrequest.h"
#include "network/updatesubnetrequest.h"

namespace zenith {

namespace {

QString pool(const AllocationPool& p)
{
    return QString(u"start=" + p.start + u",end=" + p.end);
}

QString route(const HostRoute& r)
{
    return QString(u"destination=" + r.destination + u",gateway=" + r.nexthop);
}

// --gateway IP, or --gateway none for a subnet without one; nothing when Neutron chooses.
void addGateway(QStringList* words, const Nullable<QString>& gateway)
{
    if (!gateway)
        return;
    *words << QStringLiteral("--gateway") << gateway->value_or(QStringLiteral("none"));
}

void addRepeated(QStringList* words, const QString& option, const QStringList& values)
{
    for (const QString& value : values)
        *words << option << value;
}

QStringList pools(const QList<AllocationPool>& list)
{
    QStringList out;
    for (const AllocationPool& p : list)
        out << pool(p);
    return out;
}

QStringList routes(const QList<HostRoute>& list)
{
    QStringList out;
    for (const HostRoute& r : list)
        out << route(r);
    return out;
}

QStringList words(std::initializer_list<const char16_t*> parts)
{
    QStringList out;
    for (const char16_t* part : parts)
        out << QString::fromUtf16(part);
    return out;
}

} // namespace

QString NetworkCommand::networkCreate(const QString& name)
{
    return OpenstackCommand::join(words({u"network", u"create"}) << name);
}

QString NetworkCommand::networkRename(const QString& network, const QString& newName)
{
    return OpenstackCommand::join(words({u"network", u"set", u"--name"}) << newName << network);
}

QString NetworkCommand::networkDelete(const QStringList& networks)
{
    return OpenstackCommand::join(words({u"network", u"delete"}) + networks);
}

QString NetworkCommand::subnetCreate(const CreateSubnetRequest& request, const QString& network)
{
    QStringList w = words({u"subnet", u"create", u"--network"});
    w << network << QStringLiteral("--subnet-range") << request.cidr;
    if (request.ipVersion != 4)
        w << QStringLiteral("--ip-version") << QString::number(request.ipVersion);
    addGateway(&w, request.gatewayIp);
    addRepeated(&w, QStringLiteral("--allocation-pool"),
                pools(request.allocationPools.value_or(QList<AllocationPool>{})));
    addRepeated(&w, QStringLiteral("--dns-nameserver"), request.dnsNameservers.value_or(QStringList{}));
    addRepeated(&w, QStringLiteral("--host-route"), routes(request.hostRoutes.value_or(QList<HostRoute>{})));
    if (request.enableDhcp == false)
        w << QStringLiteral("--no-dhcp");
    w << request.name.value_or(QString());
    return OpenstackCommand::join(w);
}

QString NetworkCommand::subnetSet(const UpdateSubnetRequest& request, const QString& subnet)
{
    QStringList w = words({u"subnet", u"set"});
    if (request.name)
        w << QStringLiteral("--name") << *request.name;
    addGateway(&w, request.gatewayIp);
    // `subnet set` adds to the lists; the --no-… option first makes it replace them, like the PUT.
    if (request.allocationPools) {
        w << QStringLiteral("--no-allocation-pool");
        addRepeated(&w, QStringLiteral("--allocation-pool"), pools(*request.allocationPools));
    }
    if (request.dnsNameservers) {
        w << QStringLiteral("--no-dns-nameservers");
        addRepeated(&w, QStringLiteral("--dns-nameserver"), *request.dnsNameservers);
    }
    if (request.hostRoutes) {
        w << QStringLiteral("--no-host-route");
        addRepeated(&w, QStringLiteral("--host-route"), routes(*request.hostRoutes));
    }
    if (request.enableDhcp)
        w << (*request.enableDhcp ? QStringLiteral("--dhcp") : QStringLiteral("--no-dhcp"));
    w << subnet;
    return OpenstackCommand::join(w);
}

QString NetworkCommand::subnetDelete(const QStringList& subnets)
{
    return OpenstackCommand::join(words({u"subnet", u"delete"}) + subnets);
}

QString NetworkCommand::routerCreate(const QString& name, const QString& externalNetwork)
{
    QStringList w = words({u"router", u"create"});
    if (!externalNetwork.isEmpty())
        w << QStringLiteral("--external-gateway") << externalNetwork;
    return OpenstackCommand::join(w << name);
}

QString NetworkCommand::routerSetGateway(const QString& router, const QString& externalNetwork)
{
    return OpenstackCommand::join(words({u"router", u"set", u"--external-gateway"}) << externalNetwork << router);
}

QString NetworkCommand::routerUnsetGateway(const QString& router)
{
    return OpenstackCommand::join(words({u"router", u"unset", u"--external-gateway"}) << router);
}

QString NetworkCommand::routerAddSubnet(const QString& router, const QString& subnet)
{
    return OpenstackCommand::join(words({u"router", u"add", u"subnet"}) << router << subnet);
}

QString NetworkCommand::routerRemoveSubnet(const QString& router, const QString& subnet)
{
    return OpenstackCommand::join(words({u"router", u"remove", u"subnet"}) << router << subnet);
}

QString NetworkCommand::routerDelete(const QStringList& routers)
{
    return OpenstackCommand::join(words({u"router", u"delete"}) + routers);
}

QString NetworkCommand::floatingIpCreate(const QString& externalNetwork)
{
    return OpenstackCommand::join(words({u"floating", u"ip", u"create"}) << externalNetwork);
}

QString NetworkCommand::floatingIpSet(const QString& address, const QString& port, const QString& fixedIp)
{
    QStringList w = words({u"floating", u"ip", u"set", u"--port"});
    w << port;
    if (!fixedIp.isEmpty())
        w << QStringLiteral("--fixed-ip-address") << fixedIp;
    return OpenstackCommand::join(w << address);
}

QString NetworkCommand::floatingIpUnset(const QString& address)
{
    return OpenstackCommand::join(words({u"floating", u"ip", u"unset", u"--port"}) << address);
}

QString NetworkCommand::floatingIpDelete(const QStringList& addresses)
{
    return OpenstackCommand::join(words({u"floating", u"ip", u"delete"}) + addresses);
}

} // namespace zenith
