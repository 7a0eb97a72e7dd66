#include "labcheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace zenith {

QString LabCheck::kindName(Kind kind)
{
    switch (kind) {
    case Kind::InstancesCreated: return QStringLiteral("InstancesCreated");
    case Kind::PrivateNetworkAttached: return QStringLiteral("PrivateNetworkAttached");
    case Kind::VolumeAttached: return QStringLiteral("VolumeAttached");
    case Kind::SecurityGroups: return QStringLiteral("SecurityGroups");
    case Kind::KeypairImported: return QStringLiteral("KeypairImported");
    case Kind::PostInstallScript: return QStringLiteral("PostInstallScript");
    case Kind::GatewayTwoPorts: return QStringLiteral("GatewayTwoPorts");
    case Kind::GatewayFixedIp: return QStringLiteral("GatewayFixedIp");
    case Kind::GatewayAntiSpoofing: return QStringLiteral("GatewayAntiSpoofing");
    case Kind::SubnetGateway: return QStringLiteral("SubnetGateway");
    case Kind::NoPublicIpOnPrivateServers: return QStringLiteral("NoPublicIpOnPrivateServers");
    case Kind::DnsRecordMatches: return QStringLiteral("DnsRecordMatches");
    case Kind::ServerGroup: return QStringLiteral("ServerGroup");
    }
    return {};
}

QByteArray LabCheck::toJson(const QList<LabCheck>& checks)
{
    QJsonArray list;
    for (const LabCheck& check : checks) {
        list.append(QJsonObject{{QStringLiteral("check"), kindName(check.kind)},
                                {QStringLiteral("passed"), check.passed},
                                {QStringLiteral("skipped"), check.skipped},
                                {QStringLiteral("detail"), check.detail}});
    }
    const QJsonObject root{{QStringLiteral("passed"), allPassed(checks)}, {QStringLiteral("checks"), list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool LabCheck::allPassed(const QList<LabCheck>& checks)
{
    return std::all_of(checks.cbegin(), checks.cend(), [](const LabCheck& c) { return c.passed; });
}

} // namespace zenith
