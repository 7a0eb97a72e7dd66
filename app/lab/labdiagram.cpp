#include "labdiagram.h"

#include "lab/labtopology.h"

namespace zenith {

namespace {

QString planId(const QString& kind, const QString& key)
{
    return QStringLiteral("plan:") + kind + u':' + key;
}

} // namespace

TopologyGraph::Input LabDiagram::input(const LabTopology& topology)
{
    TopologyGraph::Input in;
    Network external;
    external.id = planId(QStringLiteral("network"), QStringLiteral("public"));
    external.name = topology.plan.publicNetwork;
    external.routerExternal = true;
    external.shared = true;
    Network lab;
    lab.id = planId(QStringLiteral("network"), QStringLiteral("lab"));
    lab.name = topology.networkName;
    Subnet subnet;
    subnet.id = planId(QStringLiteral("subnet"), QStringLiteral("lab"));
    subnet.name = topology.subnetName;
    subnet.networkId = lab.id;
    subnet.cidr = topology.plan.cidr;
    subnet.gatewayIp = topology.addresses.gateway;
    lab.subnets = {subnet.id};
    in.networks = {external, lab};
    in.subnets = {subnet};

    for (const LabServer& labServer : topology.servers) {
        Server server;
        server.id = planId(QStringLiteral("server"), labServer.key);
        server.name = labServer.name;
        in.servers.append(server);
        for (const QString& portKey : labServer.ports) {
            const LabPort* labPort = topology.port(portKey);
            if (!labPort)
                continue;
            Port port;
            port.id = planId(QStringLiteral("port"), labPort->key);
            port.name = labPort->name;
            port.networkId = labPort->publicNetwork ? external.id : lab.id;
            port.deviceId = server.id;
            port.deviceOwner = QStringLiteral("compute:nova");
            if (!labPort->fixedIp.isEmpty())
                port.fixedIps = {{subnet.id, labPort->fixedIp}};
            port.portSecurityEnabled = labPort->portSecurity;
            for (const QString& pair : labPort->allowedAddressPairs)
                port.allowedAddressPairs.append({pair, {}});
            in.ports.append(port);
        }
    }
    return in;
}

} // namespace zenith
