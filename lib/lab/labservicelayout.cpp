#include "labservicelayout.h"

namespace zenith {

namespace {

// MariaDB accepts "address/netmask" as an account's host: the web account works from the lab's
// range only, whatever its prefix length.
QString netmaskPattern(const QString& network, int prefixLength)
{
    const quint32 mask = prefixLength == 0 ? 0 : ~quint32(0) << (32 - prefixLength);
    return network + u'/' + QString::number(mask >> 24) + u'.' + QString::number((mask >> 16) & 0xff) + u'.' +
           QString::number((mask >> 8) & 0xff) + u'.' + QString::number(mask & 0xff);
}

} // namespace

LabServiceLayout LabServiceLayout::forLab(const LabTopology& topology)
{
    const LabAddresses& a = topology.addresses;
    LabServiceLayout layout;
    for (const LabServer& server : topology.servers) {
        if (server.role != LabRole::Web)
            continue;
        const LabPort* port = topology.port(server.ports.value(0));
        layout.web.append({.key = server.key,
                           .address = port ? port->fixedIp : QString(),
                           .port = 80,
                           .fpmSocket = QStringLiteral("/run/php/zenith-lab.sock")});
    }
    layout.databaseAddress = a.database;
    layout.databaseClients = netmaskPattern(a.network, a.prefixLength);
    layout.nameServerAddress = a.nameServer;
    layout.dnsClients = a.network + u'/' + QString::number(a.prefixLength);
    layout.zoneFile = QStringLiteral("/etc/bind/db.") + topology.plan.internalZone;
    return layout;
}

LabServiceLayout LabServiceLayout::loopback(const LabTopology& topology, const QString& directory, int portBase)
{
    const QString local = QStringLiteral("127.0.0.1");
    LabServiceLayout layout = forLab(topology);
    layout.httpBind = local + u':' + QString::number(portBase);
    layout.httpsBind = local + u':' + QString::number(portBase + 49);
    layout.acmeHost = local;
    layout.acmePort = portBase + 50;
    for (qsizetype i = 0; i < layout.web.size(); ++i) {
        Web& web = layout.web[i];
        web.address = local;
        web.port = portBase + int(i) + 1;
        web.fpmSocket = directory + QStringLiteral("/run/") + web.key + QStringLiteral("-fpm.sock");
    }
    layout.webRoot = directory + QStringLiteral("/www");
    layout.databaseAddress = local;
    layout.databasePort = portBase + 51;
    layout.databaseDirectory = directory + QStringLiteral("/mysql");
    layout.databaseSocket = directory + QStringLiteral("/run/mysqld.sock");
    layout.databasePidFile = directory + QStringLiteral("/run/mysqld.pid");
    layout.databaseClients = QStringLiteral("127.0.0.0/255.0.0.0");
    layout.nameServerAddress = local;
    layout.dnsPort = portBase + 52;
    layout.dnsClients = QStringLiteral("127.0.0.0/8");
    layout.bindDirectory = directory + QStringLiteral("/bind");
    layout.bindPidFile = directory + QStringLiteral("/run/named.pid");
    layout.zoneFile = directory + QStringLiteral("/bind/db.") + topology.plan.internalZone;
    return layout;
}

} // namespace zenith
