#include "labchecktext.h"

namespace zenith {

using Kind = LabCheck::Kind;

QString LabCheckText::title(Kind kind)
{
    switch (kind) {
    case Kind::InstancesCreated: return tr("Every server is created and running");
    case Kind::PrivateNetworkAttached: return tr("Every server is on the private network at its fixed address");
    case Kind::VolumeAttached: return tr("The data volume is attached to the database server");
    case Kind::SecurityGroups: return tr("Each port has its security groups and each group its rules");
    case Kind::KeypairImported: return tr("The key pair exists and every server has it");
    case Kind::PostInstallScript: return tr("Each server's post-install script finished");
    case Kind::GatewayTwoPorts: return tr("The gateway has a public and a private port");
    case Kind::GatewayFixedIp: return tr("The gateway holds the subnet's gateway address");
    case Kind::GatewayAntiSpoofing: return tr("The gateway may forward the private servers' traffic");
    case Kind::SubnetGateway: return tr("The subnet's gateway, DHCP pool and DNS server are the lab's");
    case Kind::NoPublicIpOnPrivateServers: return tr("Only the gateway has a public address");
    case Kind::DnsRecordMatches: return tr("The domain's records point at the gateway");
    case Kind::ServerGroup: return tr("The web servers are in the lab's server group");
    }
    return {};
}

QString LabCheckText::explanation(Kind kind)
{
    switch (kind) {
    case Kind::InstancesCreated: return tr("A server in ERROR or still building cannot serve anything.");
    case Kind::PrivateNetworkAttached:
        return tr("The configuration files name the servers by their fixed private addresses.");
    case Kind::VolumeAttached: return tr("MariaDB keeps its data on the volume, so the data outlives the server.");
    case Kind::SecurityGroups:
        return tr("Security groups are the lab's firewall: only the gateway is reachable from the Internet, and "
                  "each server accepts only what its role needs.");
    case Kind::KeypairImported: return tr("Without the key pair's public key on the servers, SSH refuses you.");
    case Kind::PostInstallScript:
        return tr("Running is not ready: each server's cloud-init prints a line on its console when the "
                  "software is installed and configured.");
    case Kind::GatewayTwoPorts:
        return tr("The gateway is the lab's only door: one leg on the Internet, one on the private network.");
    case Kind::GatewayFixedIp:
        return tr("The private servers send everything to the subnet's gateway address: the gateway must hold it.");
    case Kind::GatewayAntiSpoofing:
        //: %1 is the lab's name, the prefix of its resources
        return tr("Neutron drops packets whose source is not the port's own address, such as the NATed replies "
                  "coming back from the Internet, unless an allowed address pair (or port security off) lets "
                  "them through.");
    case Kind::SubnetGateway:
        return tr("DHCP gives the servers their route and name server: they must be the lab's gateway and name "
                  "server.");
    case Kind::NoPublicIpOnPrivateServers:
        return tr("Private servers reach the Internet through the gateway's NAT and are reached through it.");
    case Kind::DnsRecordMatches:
        return tr("The domain and www must resolve to the gateway's public address for the site and its "
                  "certificate to work.");
    case Kind::ServerGroup:
        return tr("The server group spreads the web servers over hosts, so that one host failing leaves the "
                  "site up.");
    }
    return {};
}

QString LabCheckText::fix(Kind kind, const QString& labName)
{
    switch (kind) {
    case Kind::InstancesCreated:
        return tr("Look at the server's fault in the Compute area, delete it and resume the deployment.");
    case Kind::PrivateNetworkAttached:
        return tr("Resume the deployment: it creates the missing ports with their fixed addresses.");
    case Kind::VolumeAttached:
        //: %1 is the lab's name, the prefix of its resources
        return tr("Attach the volume: openstack server add volume %1-db %1-db-data (or resume the deployment).")
            .arg(labName);
    case Kind::SecurityGroups:
        return tr("Compare the groups with the Plan page in the Network area, or tear the lab down and deploy it "
                  "again.");
    case Kind::KeypairImported:
        return tr("Import the key pair again; servers get a key only when created, so rebuild them (tear down, "
                  "deploy).");
    case Kind::PostInstallScript:
        return tr("Wait a minute and verify again; if it stays red, read the server's console log in the Compute "
                  "area.");
    case Kind::GatewayTwoPorts:
        return tr("Resume the deployment, or attach the missing port to the gateway in the Ports tab.");
    case Kind::GatewayFixedIp:
        return tr("Set the gateway's private port's fixed address to the subnet's gateway address in the Ports "
                  "tab.");
    case Kind::GatewayAntiSpoofing:
        //: %1 is the lab's name, the prefix of its resources
        return tr("Add the allowed address pair 0.0.0.0/0 to the gateway's private port: openstack port set "
                  "--allowed-address ip-address=0.0.0.0/0 %1-lb-private.")
            .arg(labName);
    case Kind::SubnetGateway:
        return tr("Edit the subnet in the Network area: gateway = the first address, DNS server = the name "
                  "server's address.");
    case Kind::NoPublicIpOnPrivateServers:
        return tr("Detach the public port or floating IP from the private server in the Network area.");
    case Kind::DnsRecordMatches:
        return tr("Update the records in the DNS area so that they hold the gateway's public address.");
    case Kind::ServerGroup:
        return tr("Servers join a group only when created: tear the web servers down and resume the deployment.");
    }
    return {};
}

QString LabCheckText::markdown(const QList<LabCheck>& checks, const QString& labName)
{
    //: Title of the exported checklist; %1 is the lab's name
    QString text = u"# " + tr("Lab %1: checklist").arg(labName) + u"\n\n";
    for (const LabCheck& check : checks) {
        const QString box = check.skipped  ? QStringLiteral("- [-] ")
                            : check.passed ? QStringLiteral("- [x] ")
                                           : QStringLiteral("- [ ] ");
        text += box + title(check.kind) + u'\n';
        if (!check.detail.isEmpty())
            text += QStringLiteral("  - `") + check.detail + QStringLiteral("`\n");
        if (!check.passed)
            //: In the exported checklist, before what to do about a red check
            text += QStringLiteral("  - ") + tr("Fix: %1").arg(fix(check.kind, labName)) + u'\n';
    }
    return text;
}

} // namespace zenith
