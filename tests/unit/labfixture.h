#pragma once

// A deployed lab as the cloud would list it, built from real dev-cloud bodies (tests/data/lab/samples)
// with the lab's names, ids and addresses written in before parsing: the verifier's checks read it.

#include "lab/labcloudstate.h"
#include "lab/labtopology.h"
#include "lab/labuserdata.h"
#include "testdata.h"

#include <QJsonArray>
#include <QJsonObject>

namespace zenith::test {

class LabFixture
{
public:
    static constexpr const char* kPublicIp = "203.0.113.7";

    //! Loads the samples; ok() says whether they were all there.
    LabFixture()
    {
        m_ok = load(QStringLiteral("nova-server-show.json"), QStringLiteral("server"), m_server) &&
               load(QStringLiteral("neutron-port-show-bound.json"), QStringLiteral("port"), m_port) &&
               load(QStringLiteral("neutron-subnet-create.json"), QStringLiteral("subnet"), m_subnet) &&
               load(QStringLiteral("neutron-network-create.json"), QStringLiteral("network"), m_network) &&
               load(QStringLiteral("neutron-security-group-create.json"), QStringLiteral("security_group"), m_group) &&
               load(QStringLiteral("cinder-volume-show-in-use.json"), QStringLiteral("volume"), m_volume) &&
               load(QStringLiteral("designate-recordset-show.json"), {}, m_record) &&
               load(QStringLiteral("nova-console-output.json"), {}, m_console);
    }
    bool ok() const { return m_ok; }
    const QString& why() const { return m_why; }

    //! The lab of `t` fully deployed and ready.
    LabCloudState healthy(const LabTopology& t) const
    {
        const QString tag = t.plan.tag();
        LabCloudState c;
        c.networks.append(parse<Network>(
            m_network, {{"id", QStringLiteral("net-id")}, {"name", t.networkName}, {"tags", QJsonArray{tag}}}));
        c.networks.append(parse<Network>(
            m_network, {{"id", QStringLiteral("ext-id")}, {"name", t.plan.publicNetwork}, {"router:external", true}}));
        const LabAddresses& a = t.addresses;
        c.subnets.append(
            parse<Subnet>(m_subnet, {{"id", QStringLiteral("subnet-id")},
                                     {"name", t.subnetName},
                                     {"network_id", QStringLiteral("net-id")},
                                     {"cidr", QString(a.network + u'/' + QString::number(a.prefixLength))},
                                     {"gateway_ip", a.gateway},
                                     {"allocation_pools", QJsonArray{QJsonObject{{QStringLiteral("start"), a.poolStart},
                                                                                 {QStringLiteral("end"), a.poolEnd}}}},
                                     {"dns_nameservers", QJsonArray{a.nameServer}},
                                     {"tags", QJsonArray{tag}}}));
        for (const LabSecurityGroup& g : t.securityGroups)
            c.securityGroups.append(group(g, tag));
        for (const LabServer& s : t.servers)
            c.servers.append(server(t, s));
        for (const LabPort& p : t.ports)
            c.ports.append(port(t, p));
        QJsonObject attachment = m_volume.value(u"attachments").toArray().first().toObject();
        attachment.insert(QStringLiteral("server_id"), QStringLiteral("srv-db"));
        attachment.insert(QStringLiteral("id"), QStringLiteral("vol-db"));
        attachment.insert(QStringLiteral("volume_id"), QStringLiteral("vol-db"));
        c.volumes.append(
            parse<Volume>(m_volume, {{"id", QStringLiteral("vol-db")},
                                     {"name", t.volumeName},
                                     {"attachments", QJsonArray{attachment}},
                                     {"metadata", QJsonObject{{QStringLiteral("zenith-lab"), t.plan.name}}}}));
        Keypair key;
        key.name = t.plan.keypair;
        c.keypairs.append(key);
        QJsonArray members;
        for (const LabServer& s : t.servers) {
            if (s.inServerGroup)
                members.append(QString(QStringLiteral("srv-") + s.key));
        }
        c.serverGroups.append(parse<ServerGroup>({}, {{"id", QStringLiteral("group-id")},
                                                      {"name", t.serverGroupName},
                                                      {"policy", t.plan.webPolicy == LabServerGroupPolicy::AntiAffinity
                                                                     ? QStringLiteral("anti-affinity")
                                                                     : QStringLiteral("soft-anti-affinity")},
                                                      {"rules", QJsonObject{}},
                                                      {"members", members}}));
        for (const QString& name : t.recordNames)
            c.records.append(
                parse<RecordSet>(m_record, {{"name", name}, {"records", QJsonArray{QString::fromLatin1(kPublicIp)}}}));
        const QString output = m_console.value(u"output").toString();
        for (const LabServer& s : t.servers)
            c.consoles.insert(QString(QStringLiteral("srv-") + s.key),
                              output + u'\n' + LabUserData::readyMarker(s) + u'\n');
        return c;
    }

private:
    bool load(const QString& file, const QString& key, QJsonObject& out)
    {
        QJsonObject whole;
        if (!loadJsonFixture(QStringLiteral("lab/samples/") + file, whole, m_why))
            return false;
        out = key.isEmpty() ? whole : whole.value(key).toObject();
        return true;
    }

    template <typename T>
    static T parse(QJsonObject json, std::initializer_list<std::pair<const char*, QJsonValue>> set)
    {
        for (const auto& [key, value] : set)
            json.insert(QString::fromLatin1(key), value);
        const Result<T> parsed = T::fromJson(json);
        if (!parsed)
            qFatal("fixture does not parse: %s", qPrintable(parsed.error().message));
        return parsed.value();
    }

    SecurityGroup group(const LabSecurityGroup& g, const QString& tag) const
    {
        const QString id = QStringLiteral("sg-") + g.key;
        QJsonArray rules;
        const QJsonArray sample = m_group.value(u"security_group_rules").toArray();
        for (const QJsonValue& egress : sample) { // Neutron's two default egress rules
            QJsonObject rule = egress.toObject();
            rule.insert(QStringLiteral("security_group_id"), id);
            rules.append(rule);
        }
        QJsonObject ingress = sample.first().toObject();
        ingress.insert(QStringLiteral("direction"), QStringLiteral("ingress"));
        ingress.insert(QStringLiteral("security_group_id"), id);
        for (const LabSecurityRule& r : g.rules) {
            ingress.insert(QStringLiteral("protocol"), r.protocol.isEmpty() ? QJsonValue() : QJsonValue(r.protocol));
            const bool any = r.portMin == 0 && r.portMax == 0;
            ingress.insert(QStringLiteral("port_range_min"), any ? QJsonValue() : QJsonValue(r.portMin));
            ingress.insert(QStringLiteral("port_range_max"), any ? QJsonValue() : QJsonValue(r.portMax));
            ingress.insert(QStringLiteral("remote_ip_prefix"),
                           r.remoteCidr.isEmpty() ? QJsonValue() : QJsonValue(r.remoteCidr));
            ingress.insert(QStringLiteral("remote_group_id"),
                           r.remoteGroup.isEmpty() ? QJsonValue()
                                                   : QJsonValue(QString(QStringLiteral("sg-") + r.remoteGroup)));
            rules.append(ingress);
        }
        return parse<SecurityGroup>(
            m_group, {{"id", id}, {"name", g.name}, {"security_group_rules", rules}, {"tags", QJsonArray{tag}}});
    }

    Server server(const LabTopology& t, const LabServer& s) const
    {
        QJsonObject addresses;
        QJsonObject address = m_server.value(u"addresses").toObject().begin()->toArray().first().toObject();
        for (const QString& key : s.ports) {
            const LabPort* p = t.port(key);
            address.insert(QStringLiteral("addr"), p->publicNetwork ? QString::fromLatin1(kPublicIp) : p->fixedIp);
            addresses.insert(p->publicNetwork ? t.plan.publicNetwork : t.networkName, QJsonArray{address});
        }
        return parse<Server>(m_server, {{"id", QString(QStringLiteral("srv-") + s.key)},
                                        {"name", s.name},
                                        {"key_name", t.plan.keypair},
                                        {"addresses", addresses},
                                        {"tags", QJsonArray{t.plan.tag()}}});
    }

    Port port(const LabTopology& t, const LabPort& p) const
    {
        const QString owner = p.key.startsWith(QStringLiteral("lb-")) ? QStringLiteral("lb") : p.key;
        QJsonArray groups;
        for (const QString& g : p.securityGroups)
            groups.append(QString(QStringLiteral("sg-") + g));
        QJsonArray pairs;
        for (const QString& pair : p.allowedAddressPairs)
            pairs.append(QJsonObject{{QStringLiteral("ip_address"), pair},
                                     {QStringLiteral("mac_address"), QStringLiteral("fa:16:3e:4d:3a:c5")}});
        const QJsonObject fixed{
            {QStringLiteral("subnet_id"), p.publicNetwork ? QStringLiteral("ext-subnet") : QStringLiteral("subnet-id")},
            {QStringLiteral("ip_address"), p.publicNetwork ? QString::fromLatin1(kPublicIp) : p.fixedIp}};
        return parse<Port>(m_port,
                           {{"id", QString(QStringLiteral("port-") + p.key)},
                            {"name", p.name},
                            {"network_id", p.publicNetwork ? QStringLiteral("ext-id") : QStringLiteral("net-id")},
                            {"device_id", QString(QStringLiteral("srv-") + owner)},
                            {"fixed_ips", QJsonArray{fixed}},
                            {"security_groups", groups},
                            {"allowed_address_pairs", pairs},
                            {"port_security_enabled", p.portSecurity},
                            {"tags", QJsonArray{t.plan.tag()}}});
    }

    QJsonObject m_server, m_port, m_subnet, m_network, m_group, m_volume, m_record, m_console;
    QString m_why;
    bool m_ok = false;
};

} // namespace zenith::test
