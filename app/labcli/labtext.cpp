#include "labtext.h"

namespace zenith {

namespace {

QString roleName(const QString& role)
{
    if (role == u"lb")
        return LabText::tr("gateway");
    if (role == u"web")
        return LabText::tr("web servers");
    if (role == u"db")
        return LabText::tr("database");
    if (role == u"ns")
        return LabText::tr("name server");
    return role;
}

} // namespace

QString LabText::field(LabPlanIssue::Field field, const QString& role)
{
    using F = LabPlanIssue::Field;
    switch (field) {
    case F::Name: return tr("lab name");
    case F::Cidr: return tr("private network range");
    case F::PublicNetwork: return tr("public network");
    //: %1 is a role: gateway, web servers, database, name server
    case F::Image: return tr("image of the %1").arg(roleName(role));
    //: %1 is a role: gateway, web servers, database, name server
    case F::Flavor: return tr("flavor of the %1").arg(roleName(role));
    case F::WebCount: return tr("number of web servers");
    case F::VolumeSize: return tr("database volume size");
    case F::Keypair: return tr("key pair");
    case F::Domain: return tr("domain");
    case F::TlsEmail: return tr("e-mail address for the certificate");
    case F::InternalZone: return tr("internal zone");
    case F::ResourceName: return tr("resource name");
    }
    return {};
}

QString LabText::issue(const LabPlanIssue& i)
{
    using P = LabPlanIssue::Problem;
    using F = LabPlanIssue::Field;
    const QString what = field(i.field, i.role);
    switch (i.problem) {
    case P::Empty:
        //: %1 is a setting, e.g. "key pair"
        return tr("The %1 is missing.").arg(what);
    case P::Invalid:
        if (i.field == F::Name)
            return tr("The lab name “%1” may only hold lowercase letters, digits and inner hyphens, starting with a "
                      "letter.")
                .arg(i.value);
        if (i.field == F::Cidr)
            return tr("“%1” is not an IPv4 range such as 10.12.0.0/16.").arg(i.value);
        if (i.field == F::TlsEmail)
            return tr("“%1” is not an e-mail address.").arg(i.value);
        //: %1 is a setting, %2 what was typed
        return tr("The %1 “%2” is not a valid DNS name (letters, digits, hyphens, at least two labels).")
            .arg(what, i.value);
    case P::TooLong: return tr("The lab name “%1” is longer than %2 characters.").arg(i.value).arg(20);
    case P::OutOfRange:
        if (i.field == F::Cidr)
            return tr("The range %1 must have a prefix length from /8 to /25.").arg(i.value);
        if (i.field == F::WebCount)
            return tr("The lab has from 1 to 20 web servers, not %1.").arg(i.value);
        return tr("The database volume is from 1 to 1000 GB, not %1.").arg(i.value);
    case P::HostBitsSet:
        return tr("“%1” is an address inside a range, not the range itself: write the network address (e.g. "
                  "10.12.0.0/16).")
            .arg(i.value);
    case P::Overlaps:
        //: %1 the lab's range, %2 an existing subnet's range, %3 its name
        return tr("The private range overlaps the subnet “%2” (%1) of the project: choose another range.")
            .arg(i.value, i.other);
    case P::Conflicts:
        //: %1 a kind of resource (port, network…), %2 its name
        return tr("A %1 named “%2” already exists and is not part of this lab: rename the lab or delete it.")
            .arg(i.other, i.value);
    case P::NotFound:
        //: %1 is a setting, %2 the name looked for
        return tr("The %1 “%2” does not exist on this cloud.").arg(what, i.value);
    case P::NotExternal:
        return tr("The network “%1” is not an external network: the gateway's public port needs one (OVHcloud: "
                  "Ext-Net).")
            .arg(i.value);
    }
    return {};
}

QString LabText::fileError(const LabPlanFileError& e)
{
    using P = LabPlanFileError::Problem;
    QString where = e.file;
    if (e.line > 0)
        where += u':' + QString::number(e.line);
    where += QStringLiteral(": ");
    switch (e.problem) {
    case P::Unreadable: return where + tr("cannot be read (%1).").arg(e.detail);
    case P::Syntax: return where + e.detail;
    case P::NotMapping:
        return where + (e.key.isEmpty() ? tr("the lab plan must be a mapping of settings.")
                                        : tr("“%1” must hold settings (key: value lines).").arg(e.key));
    case P::UnknownKey: return where + tr("“%1” is not a lab setting (see the documented lab.yaml).").arg(e.key);
    case P::WrongType:
        //: %1 a setting, %2 "string", "integer" or "boolean"
        return where + tr("“%1” must be a %2.").arg(e.key, e.detail);
    case P::BadValue:
        //: %1 a setting, %2 what the file says, %3 the accepted values separated by |
        return where + tr("“%1” cannot be “%2”: use one of %3.").arg(e.key, e.value, e.detail);
    }
    return where;
}

QString LabText::checkTitle(LabCheck::Kind kind)
{
    using K = LabCheck::Kind;
    switch (kind) {
    case K::InstancesCreated: return tr("Every instance is created and active");
    case K::PrivateNetworkAttached: return tr("Every instance is attached to the private network");
    case K::VolumeAttached: return tr("The database volume is attached");
    case K::SecurityGroups: return tr("Security groups and their rules are in place");
    case K::KeypairImported: return tr("The key pair is imported and used");
    case K::PostInstallScript: return tr("The post-install script finished on every instance");
    case K::GatewayTwoPorts: return tr("The gateway has a public and a private port");
    case K::GatewayFixedIp: return tr("The gateway's private port holds the subnet's gateway address");
    case K::GatewayAntiSpoofing: return tr("Anti-spoofing lets the NATed traffic through");
    case K::SubnetGateway: return tr("The subnet's gateway, pool and DNS server are right");
    case K::NoPublicIpOnPrivateServers: return tr("No public address on private instances");
    case K::DnsRecordMatches: return tr("The domain's records point at the gateway");
    case K::ServerGroup: return tr("Web servers are in their server group");
    }
    return {};
}

QString LabText::checkFix(LabCheck::Kind kind)
{
    using K = LabCheck::Kind;
    switch (kind) {
    case K::InstancesCreated:
        return tr("Run the deployment again: it creates what is missing; an instance in ERROR shows its fault in the "
                  "Compute pane.");
    case K::PrivateNetworkAttached:
        return tr("Attach the instance's port (openstack server add port) or run the deployment again.");
    case K::VolumeAttached: return tr("openstack server add volume <db> <volume>, or run the deployment again.");
    case K::SecurityGroups:
        return tr(
            "Add the missing rules or groups (openstack security group rule create / port set --security-group).");
    case K::KeypairImported:
        return tr(
            "Import the key pair (openstack keypair create --public-key); instances keep the key they booted with.");
    case K::PostInstallScript:
        return tr("Read the instance's console log (openstack console log show) for the failed step.");
    case K::GatewayTwoPorts: return tr("The gateway needs exactly its public and private ports: detach any other.");
    case K::GatewayFixedIp:
        return tr("Recreate the private port with --fixed-ip ip-address=<gateway>: the subnet routes through it.");
    case K::GatewayAntiSpoofing:
        return tr("openstack port set --allowed-address ip-address=0.0.0.0/0 <gateway private port>.");
    case K::SubnetGateway:
        return tr("openstack subnet set --gateway <address> --dns-nameserver <name server> <subnet>.");
    case K::NoPublicIpOnPrivateServers:
        return tr("Remove the floating IP or public port: private instances go out through the gateway.");
    case K::DnsRecordMatches: return tr("openstack recordset set --record <gateway public IP> <zone> <name>.");
    case K::ServerGroup:
        return tr("Instances join a server group only at creation: recreate the web server with --hint group=<id>.");
    }
    return {};
}

QString LabText::quotaResource(LabQuotaLine::Resource resource)
{
    using R = LabQuotaLine::Resource;
    switch (resource) {
    case R::Instances: return tr("Instances");
    case R::Cores: return tr("vCPUs");
    case R::Ram: return tr("RAM (MiB)");
    case R::Volumes: return tr("Volumes");
    case R::Gigabytes: return tr("Volume storage (GB)");
    case R::Networks: return tr("Networks");
    case R::Subnets: return tr("Subnets");
    case R::Ports: return tr("Ports");
    case R::SecurityGroups: return tr("Security groups");
    case R::SecurityGroupRules: return tr("Security group rules");
    case R::ServerGroups: return tr("Server groups");
    }
    return {};
}

QString LabText::stepState(LabStepState state)
{
    switch (state) {
    //: a step's state, short (a column of the progress lines)
    case LabStepState::Pending: return tr("pending");
    case LabStepState::Running: return tr("running");
    case LabStepState::Done: return tr("done");
    case LabStepState::AlreadyThere: return tr("already there");
    case LabStepState::Failed: return tr("failed");
    case LabStepState::Cancelled: return tr("cancelled");
    case LabStepState::Skipped: return tr("skipped");
    }
    return {};
}

} // namespace zenith
