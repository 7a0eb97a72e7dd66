#include "labheattemplate.h"

#include "labuserdata.h"

namespace zenith {

namespace {

// Stand-ins LabUserData writes where Heat puts the volume's serial and the passwords (str_replace):
// made of the characters the real values have, so the user data renders them unchanged.
const QString kVolumeToken = QStringLiteral("ZENITHVOLUMESERIAL00");
const QString kPasswordToken = QStringLiteral("ZENITHDATABASEPASSWORD00");
const QString kRootPasswordToken = QStringLiteral("ZENITHDATABASEROOTPASS00");

// A YAML double-quoted scalar (JSON's escapes are YAML's).
QByteArray quoted(const QString& text)
{
    QByteArray out = "\"";
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\')
            out += '\\';
        if (c.unicode() < 0x20)
            out += "\\u00" + QByteArray::number(c.unicode(), 16).rightJustified(2, '0');
        else
            out += QString(c).toUtf8();
    }
    return out + '"';
}

QByteArray id(const QString& key)
{
    QString s = key;
    s.replace(u'-', u'_');
    return s.toUtf8();
}

QByteArray indented(const QByteArray& text, int indent)
{
    const QByteArray pad(indent, ' ');
    QByteArray out;
    for (const QByteArray& line : text.split('\n')) {
        if (!line.isEmpty())
            out += pad + line;
        out += '\n';
    }
    out.chop(1);
    return out;
}

const char* roleParameter(LabRole role)
{
    switch (role) {
    case LabRole::LoadBalancer: return "lb";
    case LabRole::Web: return "web";
    case LabRole::Database: return "db";
    case LabRole::NameServer: return "ns";
    }
    return "";
}

QByteArray parameters(const LabTopology& t, const LabSecrets& secrets)
{
    const auto string = [](const QByteArray& name, const QString& description, const QString& value) -> QByteArray {
        return "  " + name + ":\n    type: string\n    description: " + quoted(description) +
               "\n    default: " + quoted(value) + '\n';
    };
    QByteArray out = "parameters:\n";
    const std::pair<const char*, LabMachine> machines[] = {
        {"lb", t.plan.loadBalancer}, {"web", t.plan.web}, {"db", t.plan.database}, {"ns", t.plan.nameServer}};
    for (const auto& [role, machine] : machines) {
        out += string(QByteArray(role) + "_image", QStringLiteral("Image of the %1 server(s)").arg(QLatin1String(role)),
                      machine.image);
        out += string(QByteArray(role) + "_flavor",
                      QStringLiteral("Flavor of the %1 server(s)").arg(QLatin1String(role)), machine.flavor);
    }
    out += string("key_name", QStringLiteral("Key pair for SSH (the gateway is the jump host)"), t.plan.keypair);
    const auto secret = [](const QByteArray& name, const QString& value) -> QByteArray {
        return "  " + name + ":\n    type: string\n    hidden: true\n    default: " + quoted(value) + '\n';
    };
    out += secret("database_password", secrets.databasePassword);
    out += secret("database_root_password", secrets.databaseRootPassword);
    return out;
}

QByteArray securityGroups(const LabTopology& t)
{
    QByteArray out;
    for (const LabSecurityGroup& group : t.securityGroups) {
        out += "  sg_" + id(group.key) +
               ":\n    type: OS::Neutron::SecurityGroup\n    properties:\n      name: " + quoted(group.name) +
               "\n      rules:\n";
        for (const LabSecurityRule& rule : group.rules) {
            out += "        - direction: ingress\n";
            if (!rule.protocol.isEmpty())
                out += "          protocol: " + rule.protocol.toUtf8() + '\n';
            if (rule.portMin > 0) {
                out += "          port_range_min: " + QByteArray::number(rule.portMin) + '\n';
                out += "          port_range_max: " + QByteArray::number(rule.portMax) + '\n';
            }
            if (!rule.remoteGroup.isEmpty()) {
                out += "          remote_mode: remote_group_id\n";
                out += "          remote_group_id: {get_resource: sg_" + id(rule.remoteGroup) + "}\n";
            } else {
                out += "          remote_ip_prefix: " + quoted(rule.remoteCidr) + '\n';
            }
        }
    }
    return out;
}

QByteArray ports(const LabTopology& t)
{
    QByteArray out;
    for (const LabPort& port : t.ports) {
        out += "  port_" + id(port.key) + ":\n    type: OS::Neutron::Port\n";
        if (!port.publicNetwork)
            out += "    depends_on: subnet\n";
        out += "    properties:\n      name: " + quoted(port.name) + "\n      tags: [" + quoted(t.plan.tag()) + "]\n";
        out += port.publicNetwork ? "      network: " + quoted(t.plan.publicNetwork) + '\n'
                                  : QByteArray("      network: {get_resource: net}\n");
        if (!port.fixedIp.isEmpty()) {
            out += "      fixed_ips:\n        - subnet: {get_resource: subnet}\n          ip_address: " +
                   quoted(port.fixedIp) + '\n';
        }
        if (!port.portSecurity) {
            out += "      port_security_enabled: false\n";
        } else {
            out += "      security_groups:\n";
            for (const QString& group : port.securityGroups)
                out += "        - {get_resource: sg_" + id(group) + "}\n";
        }
        if (!port.allowedAddressPairs.isEmpty()) {
            out += "      allowed_address_pairs:\n";
            for (const QString& pair : port.allowedAddressPairs)
                out += "        - ip_address: " + quoted(pair) + '\n';
        }
    }
    return out;
}

QByteArray server(const LabTopology& t, const LabServer& s, const LabSecrets& tokens)
{
    const QByteArray role = roleParameter(s.role);
    QByteArray out =
        "  server_" + id(s.key) + ":\n    type: OS::Nova::Server\n    properties:\n      name: " + quoted(s.name) +
        "\n      image: {get_param: " + role + "_image}\n      flavor: {get_param: " + role +
        "_flavor}\n      key_name: {get_param: key_name}\n      metadata: {zenith-lab: " + quoted(t.plan.name) +
        "}\n      tags: [" + quoted(t.plan.tag()) + "]\n      networks:\n";
    for (const QString& port : s.ports)
        out += "        - port: {get_resource: port_" + id(port) + "}\n";
    if (s.inServerGroup)
        out += "      scheduler_hints: {group: {get_resource: server_group}}\n";
    out += "      user_data_format: RAW\n      user_data:\n        str_replace:\n          template: |\n";
    out += indented(LabUserData::render(t, s, tokens, kVolumeToken), 12) + '\n';
    out += "          params:\n";
    if (s.role == LabRole::Database) {
        // Nova gives the disk the first 20 characters of the volume's id as its serial.
        out += "            " + kVolumeToken.toUtf8() +
               ":\n              yaql:\n                expression: $.data.id.substring(0, 20)\n"
               "                data: {id: {get_resource: db_volume}}\n";
        out += "            " + kRootPasswordToken.toUtf8() + ": {get_param: database_root_password}\n";
    }
    out += "            " + kPasswordToken.toUtf8() + ": {get_param: database_password}\n";
    return out;
}

} // namespace

QByteArray LabHeatTemplate::render(const LabTopology& t, const LabSecrets& secrets)
{
    const LabSecrets tokens{.databasePassword = kPasswordToken, .databaseRootPassword = kRootPasswordToken};
    const QByteArray range = quoted(t.addresses.network + u'/' + QString::number(t.addresses.prefixLength));
    QByteArray out = "heat_template_version: 2018-08-31\n\ndescription: " +
                     quoted(QStringLiteral("Zenith lab %1: a HAProxy gateway, %2 web servers, MariaDB and bind9 on %3")
                                .arg(t.plan.name)
                                .arg(t.plan.webCount)
                                .arg(t.plan.cidr)) +
                     "\n\n";
    out += parameters(t, secrets) + "\nresources:\n";
    out += "  net:\n    type: OS::Neutron::Net\n    properties:\n      name: " + quoted(t.networkName) +
           "\n      tags: [" + quoted(t.plan.tag()) + "]\n";
    out += "  subnet:\n    type: OS::Neutron::Subnet\n    properties:\n      name: " + quoted(t.subnetName) +
           "\n      tags: [" + quoted(t.plan.tag()) +
           "]\n      network: {get_resource: net}\n      ip_version: 4\n      cidr: " + range +
           "\n      gateway_ip: " + quoted(t.addresses.gateway) +
           "\n      allocation_pools:\n        - start: " + quoted(t.addresses.poolStart) +
           "\n          end: " + quoted(t.addresses.poolEnd) + "\n      dns_nameservers: [" +
           quoted(t.addresses.nameServer) + "]\n";
    out += securityGroups(t) + ports(t);
    out +=
        "  server_group:\n    type: OS::Nova::ServerGroup\n    properties:\n      name: " + quoted(t.serverGroupName) +
        "\n      policies: [" +
        (t.plan.webPolicy == LabServerGroupPolicy::AntiAffinity ? "anti-affinity" : "soft-anti-affinity") + "]\n";
    out += "  db_volume:\n    type: OS::Cinder::Volume\n    properties:\n      name: " + quoted(t.volumeName) +
           "\n      size: " + QByteArray::number(t.plan.databaseVolumeGb) +
           "\n      metadata: {zenith-lab: " + quoted(t.plan.name) + "}\n";
    out += "  db_volume_attachment:\n    type: OS::Cinder::VolumeAttachment\n    properties:\n"
           "      instance_uuid: {get_resource: server_db}\n      volume_id: {get_resource: db_volume}\n";
    for (const LabServer& s : t.servers)
        out += server(t, s, tokens);
    out += "\noutputs:\n  public_ip:\n    description: The gateway's public address\n"
           "    value: {get_attr: [port_lb_public, fixed_ips, 0, ip_address]}\n"
           "  url:\n    description: The lab's page, through HAProxy\n"
           "    value:\n      str_replace:\n        template: http://HOST/\n"
           "        params: {HOST: {get_attr: [port_lb_public, fixed_ips, 0, ip_address]}}\n";
    return out;
}

} // namespace zenith
