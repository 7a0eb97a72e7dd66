#include "demoheatresources.h"

#include <QHash>
#include <QJsonArray>
#include <QRandomGenerator>

#include <utility>

namespace zenith::demo::heat {

namespace {

using State = Outcome::State;

const QString kNetwork = QStringLiteral("network");
const QString kCompute = QStringLiteral("compute");
const QString kVolume = QStringLiteral("volume");

// Heat names a resource without a name "<stack>-<key>-<12 random lower-case letters>".
QString generatedName(const ResourceCall& r)
{
    QString suffix;
    for (int i = 0; i < 12; ++i)
        suffix += QChar(u'a' + QRandomGenerator::global()->bounded(26));
    return r.stackName + u'-' + r.logicalName + u'-' + suffix;
}

QString nameOf(const ResourceCall& r)
{
    const QString given = r.properties.value(u"name").toString();
    return given.isEmpty() ? generatedName(r) : given;
}

Outcome completed(const QString& id, const QJsonObject& attributes, State state = State::Complete)
{
    Outcome o;
    o.state = state;
    o.physicalId = id;
    o.attributes = attributes;
    return o;
}

// POST, then the tags Heat sets with Neutron's tag API.
Outcome neutronCreate(const ResourceCall& r, const QString& collection, const QString& key, QJsonObject body)
{
    const DemoReply reply =
        r.calls.send(kNetwork, "POST", QStringLiteral("v2.0/") + collection, QJsonObject{{key, body}});
    if (!DemoHeatCalls::ok(reply))
        return Outcome::failed(DemoHeatCalls::failure(kNetwork, reply, r.logicalName));
    QJsonObject made = DemoHeatCalls::json(reply).value(key).toObject();
    const QString id = made.value(u"id").toString();
    const QJsonArray tags = r.properties.value(u"tags").toArray();
    if (!tags.isEmpty()) {
        const DemoReply tagged = r.calls.send(kNetwork, "PUT", QStringLiteral("v2.0/%1/%2/tags").arg(collection, id),
                                              QJsonObject{{QStringLiteral("tags"), tags}});
        if (!DemoHeatCalls::ok(tagged))
            return Outcome::failed(DemoHeatCalls::failure(kNetwork, tagged, r.logicalName));
        made.insert(QStringLiteral("tags"), tags);
    }
    return completed(id, made);
}

// A network given by name or id (Heat accepts both): its id.
QString networkId(const ResourceCall& r, const QString& nameOrId)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("name"), nameOrId);
    const QJsonArray found =
        DemoHeatCalls::json(r.calls.send(kNetwork, "GET", QStringLiteral("v2.0/networks"), {}, query))
            .value(u"networks")
            .toArray();
    return found.isEmpty() ? nameOrId : found.first().toObject().value(u"id").toString();
}

void copy(const QJsonObject& from, QJsonObject& to, std::initializer_list<const char*> keys)
{
    for (const char* key : keys) {
        const QString k = QString::fromLatin1(key);
        if (from.contains(k))
            to.insert(k, from.value(k));
    }
}

Outcome createSubnet(const ResourceCall& r)
{
    QJsonObject subnet{{QStringLiteral("name"), nameOf(r)},
                       {QStringLiteral("network_id"), networkId(r, r.properties.value(u"network").toString())},
                       {QStringLiteral("ip_version"), r.properties.value(u"ip_version").toInt(4)}};
    copy(r.properties, subnet, {"cidr", "gateway_ip", "allocation_pools", "dns_nameservers", "enable_dhcp"});
    return neutronCreate(r, QStringLiteral("subnets"), QStringLiteral("subnet"), subnet);
}

Outcome createPort(const ResourceCall& r)
{
    QJsonObject port{{QStringLiteral("name"), nameOf(r)},
                     {QStringLiteral("network_id"), networkId(r, r.properties.value(u"network").toString())}};
    QJsonArray fixedIps;
    for (const QJsonValue& ip : r.properties.value(u"fixed_ips").toArray()) {
        QJsonObject fixed;
        if (ip.toObject().contains(u"subnet"))
            fixed.insert(QStringLiteral("subnet_id"), ip.toObject().value(u"subnet"));
        copy(ip.toObject(), fixed, {"subnet_id", "ip_address"});
        fixedIps.append(fixed);
    }
    if (!fixedIps.isEmpty())
        port.insert(QStringLiteral("fixed_ips"), fixedIps);
    copy(r.properties, port, {"security_groups", "port_security_enabled", "allowed_address_pairs"});
    return neutronCreate(r, QStringLiteral("ports"), QStringLiteral("port"), port);
}

Outcome createSecurityGroup(const ResourceCall& r)
{
    QJsonObject group{{QStringLiteral("name"), nameOf(r)}};
    copy(r.properties, group, {"description"});
    Outcome made = neutronCreate(r, QStringLiteral("security-groups"), QStringLiteral("security_group"), group);
    if (made.state == State::Failed)
        return made;
    for (const QJsonValue& value : r.properties.value(u"rules").toArray()) {
        QJsonObject rule{{QStringLiteral("security_group_id"), made.physicalId},
                         {QStringLiteral("direction"), value.toObject().value(u"direction").toString(u"ingress"_qs)},
                         {QStringLiteral("ethertype"), value.toObject().value(u"ethertype").toString(u"IPv4"_qs)}};
        copy(value.toObject(), rule,
             {"protocol", "port_range_min", "port_range_max", "remote_ip_prefix", "remote_group_id"});
        const DemoReply reply = r.calls.send(kNetwork, "POST", QStringLiteral("v2.0/security-group-rules"),
                                             QJsonObject{{QStringLiteral("security_group_rule"), rule}});
        if (!DemoHeatCalls::ok(reply))
            return Outcome::failed(DemoHeatCalls::failure(kNetwork, reply, r.logicalName));
    }
    return made;
}

Outcome createServerGroup(const ResourceCall& r)
{
    // Heat speaks Nova's newest microversions: from 2.64 a group has one "policy", which may be
    // soft-anti-affinity (2.15 and up).
    QJsonObject group{{QStringLiteral("name"), nameOf(r)},
                      {QStringLiteral("policy"), r.properties.value(u"policies").toArray().first()}};
    const DemoReply reply = r.calls.send(kCompute, "POST", QStringLiteral("v2.1/os-server-groups"),
                                         QJsonObject{{QStringLiteral("server_group"), group}}, {}, "2.64");
    if (!DemoHeatCalls::ok(reply))
        return Outcome::failed(DemoHeatCalls::failure(kCompute, reply, r.logicalName));
    const QJsonObject made = DemoHeatCalls::json(reply).value(u"server_group").toObject();
    return completed(made.value(u"id").toString(), made);
}

QString volumes(const ResourceCall& r)
{
    return QStringLiteral("v3/") + r.calls.caller().projectId + QStringLiteral("/volumes");
}

Outcome createVolume(const ResourceCall& r)
{
    QJsonObject volume{{QStringLiteral("name"), nameOf(r)}, {QStringLiteral("size"), r.properties.value(u"size")}};
    copy(r.properties, volume, {"metadata", "description", "volume_type", "availability_zone"});
    const DemoReply reply = r.calls.send(kVolume, "POST", volumes(r), QJsonObject{{QStringLiteral("volume"), volume}});
    if (!DemoHeatCalls::ok(reply))
        return Outcome::failed(DemoHeatCalls::failure(kVolume, reply, r.logicalName));
    const QJsonObject made = DemoHeatCalls::json(reply).value(u"volume").toObject();
    return completed(made.value(u"id").toString(), made, State::InProgress);
}

Outcome createAttachment(const ResourceCall& r)
{
    const QString server = r.properties.value(u"instance_uuid").toString();
    const QString volume = r.properties.value(u"volume_id").toString();
    QJsonObject attachment{{QStringLiteral("volumeId"), volume}};
    copy(r.properties, attachment, {"mountpoint"});
    const DemoReply reply =
        r.calls.send(kCompute, "POST", QStringLiteral("v2.1/servers/%1/os-volume_attachments").arg(server),
                     QJsonObject{{QStringLiteral("volumeAttachment"), attachment}});
    if (!DemoHeatCalls::ok(reply))
        return Outcome::failed(DemoHeatCalls::failure(kCompute, reply, r.logicalName));
    QJsonObject made = DemoHeatCalls::json(reply).value(u"volumeAttachment").toObject();
    made.insert(QStringLiteral("serverId"), server);
    return completed(volume, made, State::InProgress);
}

} // namespace

Outcome createServer(const ResourceCall& r); // demoheatservers.cpp

Outcome create(const ResourceCall& r)
{
    const QString& type = r.type;
    if (type == u"OS::Neutron::Net") {
        QJsonObject network{{QStringLiteral("name"), nameOf(r)}};
        copy(r.properties, network, {"admin_state_up", "shared", "port_security_enabled"});
        return neutronCreate(r, QStringLiteral("networks"), QStringLiteral("network"), network);
    }
    if (type == u"OS::Neutron::Subnet")
        return createSubnet(r);
    if (type == u"OS::Neutron::Port")
        return createPort(r);
    if (type == u"OS::Neutron::SecurityGroup")
        return createSecurityGroup(r);
    if (type == u"OS::Nova::ServerGroup")
        return createServerGroup(r);
    if (type == u"OS::Nova::Server")
        return createServer(r);
    if (type == u"OS::Cinder::Volume")
        return createVolume(r);
    if (type == u"OS::Cinder::VolumeAttachment")
        return createAttachment(r);
    if (type == u"OS::Heat::None")
        return completed(generatedName(r), {});
    return Outcome::failed(QStringLiteral("ResourceTypeUnavailable: resources.%1: HEAT-E99001 Service the demo cloud "
                                          "does not simulate for %2")
                               .arg(r.logicalName, type));
}

Outcome checkCreated(const ResourceCall& r)
{
    if (r.type == u"OS::Nova::Server") {
        const DemoReply reply = r.calls.send(kCompute, "GET", QStringLiteral("v2.1/servers/") + r.physicalId);
        const QJsonObject server = DemoHeatCalls::json(reply).value(u"server").toObject();
        const QString status = server.value(u"status").toString();
        if (status == u"ERROR") {
            const QString fault = server.value(u"fault").toObject().value(u"message").toString();
            return Outcome::failed(QStringLiteral("ResourceInError: resources.%1: Went to status ERROR due to "
                                                  "\"Message: %2, Code: 500\"")
                                       .arg(r.logicalName, fault));
        }
        return completed(r.physicalId, server, status == u"ACTIVE" ? State::Complete : State::InProgress);
    }
    if (r.type == u"OS::Cinder::Volume" || r.type == u"OS::Cinder::VolumeAttachment") {
        const bool attachment = r.type == u"OS::Cinder::VolumeAttachment";
        const DemoReply reply = r.calls.send(kVolume, "GET", volumes(r) + u'/' + r.physicalId);
        const QString status = DemoHeatCalls::json(reply).value(u"volume").toObject().value(u"status").toString();
        if (status.startsWith(u"error"))
            return Outcome::failed(QStringLiteral("ResourceInError: resources.%1: Went to status %2 due to \"Unknown\"")
                                       .arg(r.logicalName, status));
        const bool ready = status == (attachment ? u"in-use" : u"available");
        QJsonObject attributes = attachment ? r.attributes : DemoHeatCalls::json(reply).value(u"volume").toObject();
        return completed(r.physicalId, attributes, ready ? State::Complete : State::InProgress);
    }
    return completed(r.physicalId, r.attributes);
}

namespace {

// The service and path prefix of a resource's DELETE.
std::pair<QString, QString> deleteTarget(const ResourceCall& r)
{
    static const QHash<QString, QString> kNeutron{
        {QStringLiteral("OS::Neutron::Net"), QStringLiteral("networks")},
        {QStringLiteral("OS::Neutron::Subnet"), QStringLiteral("subnets")},
        {QStringLiteral("OS::Neutron::Port"), QStringLiteral("ports")},
        {QStringLiteral("OS::Neutron::SecurityGroup"), QStringLiteral("security-groups")}};
    if (kNeutron.contains(r.type))
        return {kNetwork, QStringLiteral("v2.0/") + kNeutron.value(r.type) + u'/'};
    if (r.type == u"OS::Nova::ServerGroup")
        return {kCompute, QStringLiteral("v2.1/os-server-groups/")};
    if (r.type == u"OS::Nova::Server")
        return {kCompute, QStringLiteral("v2.1/servers/")};
    if (r.type == u"OS::Cinder::Volume")
        return {kVolume, volumes(r) + u'/'};
    return {kCompute,
            QStringLiteral("v2.1/servers/%1/os-volume_attachments/").arg(r.attributes.value(u"serverId").toString())};
}

} // namespace

Outcome remove(const ResourceCall& r)
{
    if (r.physicalId.isEmpty() || r.type == u"OS::Heat::None")
        return completed(r.physicalId, {});
    const auto [service, path] = deleteTarget(r);
    const DemoReply reply = r.calls.send(service, "DELETE", path + r.physicalId);
    if (!DemoHeatCalls::ok(reply) && reply.status != 404)
        return Outcome::failed(DemoHeatCalls::failure(service, reply, r.logicalName));
    const bool waits =
        r.type == u"OS::Nova::Server" || r.type == u"OS::Cinder::Volume" || r.type == u"OS::Cinder::VolumeAttachment";
    return completed(r.physicalId, r.attributes, waits && reply.status != 404 ? State::InProgress : State::Complete);
}

Outcome checkDeleted(const ResourceCall& r)
{
    const bool waits =
        r.type == u"OS::Nova::Server" || r.type == u"OS::Cinder::Volume" || r.type == u"OS::Cinder::VolumeAttachment";
    if (!waits)
        return completed(r.physicalId, {});
    DemoReply reply;
    if (r.type == u"OS::Nova::Server")
        reply = r.calls.send(kCompute, "GET", QStringLiteral("v2.1/servers/") + r.physicalId);
    else
        reply = r.calls.send(kVolume, "GET", volumes(r) + u'/' + r.physicalId);
    if (reply.status == 404)
        return completed(r.physicalId, {});
    if (r.type == u"OS::Cinder::VolumeAttachment") {
        const QString status = DemoHeatCalls::json(reply).value(u"volume").toObject().value(u"status").toString();
        return completed(r.physicalId, r.attributes,
                         status == u"in-use" || status == u"detaching" ? State::InProgress : State::Complete);
    }
    return completed(r.physicalId, r.attributes, State::InProgress);
}

} // namespace zenith::demo::heat
