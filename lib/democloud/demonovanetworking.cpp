#include "demonovanetworking.h"

#include "demonovacommon.h"
#include "demonovahost.h"
#include "demoports.h"

namespace zenith::demo::nova {

namespace {

bool portOf(const QJsonObject& port, const QString& serverId)
{
    return port.value(u"device_id").toString() == serverId;
}

// The networks a project may boot on: its own and the shared ones.
QList<QJsonObject> usableNetworks(const DemoEnv& env, const DemoRequest& request)
{
    return env.state.select(coll(request, QStringLiteral("networks")), [&](const QJsonObject& n) {
        return n.value(u"shared").toBool() || n.value(u"project_id").toString() == request.caller.projectId ||
               n.value(u"tenant_id").toString() == request.caller.projectId;
    });
}

std::optional<DemoReply> checkNetworkNic(DemoEnv& env, const DemoRequest& request, const QJsonObject& nic, int maxCount)
{
    const QString id = nic.value(u"uuid").toString();
    if (!nic.contains(u"uuid"))
        return errors::nova(400, QStringLiteral("Bad network format: missing 'uuid'"));
    if (!isUuidLike(id))
        return errors::nova(400,
                            QStringLiteral("Bad networks format: network uuid is not in proper format (%1)").arg(id));
    const QJsonObject* network = env.state.find(coll(request, QStringLiteral("networks")), id);
    const bool mine = network && (network->value(u"project_id").toString() == request.caller.projectId ||
                                  network->value(u"shared").toBool() || network->value(u"router:external").toBool() ||
                                  request.caller.admin);
    if (!mine)
        return errors::nova(400, QStringLiteral("Network %1 could not be found.").arg(id));
    if (network->value(u"router:external").toBool() && !network->value(u"shared").toBool() && !request.caller.admin)
        return errors::nova(403,
                            QStringLiteral("It is not allowed to create an interface on external network %1").arg(id));
    const bool hasSubnet = !env.state
                                .select(coll(request, QStringLiteral("subnets")),
                                        [&id](const QJsonObject& s) { return s.value(u"network_id").toString() == id; })
                                .isEmpty();
    if (!hasSubnet)
        return errors::nova(400, QStringLiteral("Network %1 requires a subnet in order to boot instances on.").arg(id));
    const QString fixedIp = nic.value(u"fixed_ip").toString();
    if (fixedIp.isEmpty())
        return std::nullopt;
    if (maxCount > 1)
        return errors::nova(400, QStringLiteral("Failed to launch instances: max_count cannot be greater than 1 if "
                                                "an fixed_ip is specified."));
    for (const QJsonObject& subnet : env.state.items(coll(request, QStringLiteral("subnets")))) {
        if (subnet.value(u"network_id").toString() == id &&
            ports::addressTaken(env, request.region, subnet.value(u"id").toString(), fixedIp))
            return errors::nova(400, QStringLiteral("Fixed IP %1 is already in use.").arg(fixedIp));
    }
    return std::nullopt;
}

std::optional<DemoReply> checkPortNic(DemoEnv& env, const DemoRequest& request, const QJsonObject& nic, int maxCount)
{
    const QString id = nic.value(u"port").toString();
    if (nic.contains(u"fixed_ip"))
        return errors::nova(400, QStringLiteral("Specified Fixed IP '%1' cannot be used with port '%2': the two "
                                                "cannot be specified together.")
                                     .arg(nic.value(u"fixed_ip").toString(), id));
    const QJsonObject* port = env.state.find(coll(request, QStringLiteral("ports")), id);
    if (!port || (!request.caller.admin && port->value(u"project_id").toString() != request.caller.projectId))
        return errors::nova(400, QStringLiteral("Port id %1 could not be found.").arg(id));
    if (!port->value(u"device_id").toString().isEmpty())
        return errors::nova(409, QStringLiteral("Port %1 is still in use.").arg(id));
    if (maxCount > 1)
        return errors::nova(400, QStringLiteral("Failed to launch instances: Unable to launch multiple instances "
                                                "with a single configured port ID. Please launch your instance one "
                                                "by one with different ports."));
    return std::nullopt;
}

// "auto", or no "networks" before 2.37: the one network the project can use.
std::optional<QJsonArray> pickNetwork(const DemoEnv& env, const DemoRequest& request, bool automatic, DemoReply* error)
{
    QList<QJsonObject> candidates = usableNetworks(env, request);
    QList<QJsonObject> own;
    for (const QJsonObject& n : std::as_const(candidates)) {
        if (!n.value(u"shared").toBool())
            own.append(n);
    }
    if (!own.isEmpty())
        candidates = own;
    if (candidates.size() > 1) {
        *error = errors::nova(409, QStringLiteral("More than one possible network found. Specify network ID(s) to "
                                                  "select which one(s) to connect to."));
        return std::nullopt;
    }
    if (candidates.isEmpty()) {
        if (!automatic)
            return QJsonArray();
        *error = errors::nova(
            400,
            QStringLiteral("Unable to automatically allocate a network for project %1").arg(request.caller.projectId));
        return std::nullopt;
    }
    return QJsonArray{QJsonObject{{QStringLiteral("network_id"), candidates.first().value(u"id")}}};
}

} // namespace

std::optional<QJsonArray> checkNetworks(DemoEnv& env, const DemoRequest& request, int maxCount, DemoReply* error)
{
    const QJsonValue networks = request.body.value(u"server").toObject().value(u"networks");
    if (networks.isUndefined())
        return pickNetwork(env, request, false, error);
    if (networks.isString() && atLeast(request, 37)) {
        if (networks.toString() == u"none")
            return QJsonArray();
        if (networks.toString() == u"auto")
            return pickNetwork(env, request, true, error);
    }
    if (!networks.isArray()) {
        *error = invalidInput(QStringLiteral("networks"), networks,
                              pythonRepr(networks) + QStringLiteral(" is not valid under any of the given schemas"));
        return std::nullopt;
    }
    QJsonArray nics;
    QStringList portIds;
    for (const QJsonValue& v : networks.toArray()) {
        const QJsonObject nic = v.toObject();
        const QString portId = nic.value(u"port").toString();
        if (!portId.isEmpty() && portIds.contains(portId)) {
            *error = errors::nova(400, QStringLiteral("Port ID '%1' was specified twice: you cannot attach a port "
                                                      "multiple times.")
                                           .arg(portId));
            return std::nullopt;
        }
        const auto refused =
            portId.isEmpty() ? checkNetworkNic(env, request, nic, maxCount) : checkPortNic(env, request, nic, maxCount);
        if (refused) {
            *error = *refused;
            return std::nullopt;
        }
        portIds.append(portId);
        nics.append(portId.isEmpty() ? QJsonObject{{QStringLiteral("network_id"), nic.value(u"uuid")},
                                                   {QStringLiteral("fixed_ip"), nic.value(u"fixed_ip").toString()}}
                                     : QJsonObject{{QStringLiteral("port_id"), portId}});
    }
    return nics;
}

std::optional<QStringList> resolveSecurityGroups(DemoEnv& env, const DemoRequest& request, const QStringList& names,
                                                 DemoReply* error)
{
    QStringList ids;
    for (const QString& name : names) {
        const auto found =
            env.state.select(coll(request, QStringLiteral("security_groups")), [&](const QJsonObject& g) {
                return g.value(u"project_id").toString() == request.caller.projectId &&
                       (g.value(u"name").toString() == name || g.value(u"id").toString() == name);
            });
        if (found.size() > 1) {
            *error = errors::nova(409, QStringLiteral("Multiple security_group matches found for name '%1', use an "
                                                      "ID to be more specific.")
                                           .arg(name));
            return std::nullopt;
        }
        if (found.size() == 1)
            ids.append(found.first().value(u"id").toString());
        else if (name == u"default" && env.defaultSecurityGroup)
            ids.append(env.defaultSecurityGroup(request.region, request.caller.projectId));
        else {
            *error = errors::nova(400, QStringLiteral("Unable to find security_group with name or id '%1'").arg(name));
            return std::nullopt;
        }
    }
    return ids;
}

std::variant<QJsonObject, DemoReply> makePort(DemoEnv& env, const QString& region, const QJsonObject& server,
                                              const QString& networkId, const QString& fixedIp)
{
    const QJsonObject* network = env.state.find(coll(region, QStringLiteral("networks")), networkId);
    ports::PortSpec spec;
    spec.region = region;
    spec.projectId = server.value(u"tenant_id").toString();
    spec.networkId = networkId;
    if (!fixedIp.isEmpty())
        spec.fixedIps = {{QString(), fixedIp}};
    // Nova asks for the server's groups, or none at all where port security is off.
    if (network && !network->value(u"port_security_enabled").toBool(true))
        spec.securityGroups = QStringList();
    else
        spec.securityGroups = server.value(u"_sg_ids").toVariant().toStringList();
    auto made = ports::create(env, spec);
    if (const auto* refused = std::get_if<ports::PortError>(&made)) {
        if (refused->type == u"IpAddressAlreadyAllocated")
            return errors::nova(409, QStringLiteral("Fixed IP %1 is already in use.").arg(fixedIp));
        if (refused->type == u"IpAddressGenerationFailure")
            return errors::nova(400, QStringLiteral("No fixed IP addresses available for network: %1").arg(networkId));
        if (refused->status == 404)
            return errors::nova(404, QStringLiteral("Network %1 could not be found.").arg(networkId));
        return errors::nova(refused->status, refused->message);
    }
    const QJsonObject port = std::get<QJsonObject>(made);
    const QString serverId = server.value(u"id").toString();
    ports::bind(env, region, port.value(u"id").toString(), serverId, zoneName());
    updateServer(env, region, serverId, [&](QJsonObject& s) {
        QJsonArray created = s.value(u"_ports_created").toArray();
        created.append(port.value(u"id"));
        s.insert(QStringLiteral("_ports_created"), created);
    });
    return *env.state.find(coll(region, QStringLiteral("ports")), port.value(u"id").toString());
}

QString plugServer(DemoEnv& env, const QString& region, const QString& serverId)
{
    const QJsonObject* found = env.state.find(coll(region, QStringLiteral("servers")), serverId);
    if (!found || found->value(u"_networked").toBool())
        return {};
    const QJsonObject server = *found;
    for (const QJsonValue& v : server.value(u"_nics").toArray()) {
        const QJsonObject nic = v.toObject();
        const QString portId = nic.value(u"port_id").toString();
        if (!portId.isEmpty()) {
            ports::bind(env, region, portId, serverId, zoneName());
            continue;
        }
        const auto made =
            makePort(env, region, server, nic.value(u"network_id").toString(), nic.value(u"fixed_ip").toString());
        if (const auto* refused = std::get_if<DemoReply>(&made))
            return messageOf(*refused);
    }
    updateServer(env, region, serverId, [](QJsonObject& s) { s.insert(QStringLiteral("_networked"), true); });
    return {};
}

void unplugServer(DemoEnv& env, const QString& region, const QJsonObject& server)
{
    const QString serverId = server.value(u"id").toString();
    const QStringList created = server.value(u"_ports_created").toVariant().toStringList();
    for (const QJsonObject& port : serverPorts(env, region, serverId)) {
        const QString id = port.value(u"id").toString();
        if (created.contains(id))
            env.state.remove(coll(region, QStringLiteral("ports")), id);
        else
            ports::unbind(env, region, id);
    }
}

QList<QJsonObject> serverPorts(const DemoEnv& env, const QString& region, const QString& serverId)
{
    return env.state.select(coll(region, QStringLiteral("ports")),
                            [&](const QJsonObject& p) { return portOf(p, serverId); });
}

QJsonObject serverAddresses(const DemoEnv& env, const QString& region, const QString& serverId)
{
    QJsonObject addresses;
    const QList<QJsonObject> floating = env.state.items(coll(region, QStringLiteral("floatingips")));
    for (const QJsonObject& port : serverPorts(env, region, serverId)) {
        const QJsonObject* network =
            env.state.find(coll(region, QStringLiteral("networks")), port.value(u"network_id").toString());
        const QString name = network ? network->value(u"name").toString() : port.value(u"network_id").toString();
        const QString mac = port.value(u"mac_address").toString();
        const auto entry = [&mac](const QString& addr, const QString& type) {
            return QJsonObject{{QStringLiteral("version"), addr.contains(u':') ? 6 : 4},
                               {QStringLiteral("addr"), addr},
                               {QStringLiteral("OS-EXT-IPS:type"), type},
                               {QStringLiteral("OS-EXT-IPS-MAC:mac_addr"), mac}};
        };
        QJsonArray list = addresses.value(name).toArray();
        for (const QJsonValue& ip : port.value(u"fixed_ips").toArray())
            list.append(entry(ip.toObject().value(u"ip_address").toString(), QStringLiteral("fixed")));
        for (const QJsonObject& fip : floating) {
            if (fip.value(u"port_id").toString() == port.value(u"id").toString())
                list.append(entry(fip.value(u"floating_ip_address").toString(), QStringLiteral("floating")));
        }
        addresses.insert(name, list);
    }
    return addresses;
}

QJsonArray serverSecurityGroups(const DemoEnv& env, const QString& region, const QString& serverId)
{
    QJsonArray groups;
    for (const QJsonObject& port : serverPorts(env, region, serverId)) {
        for (const QJsonValue& id : port.value(u"security_groups").toArray()) {
            const QJsonObject* group = env.state.find(coll(region, QStringLiteral("security_groups")), id.toString());
            groups.append(QJsonObject{{QStringLiteral("name"), group ? group->value(u"name") : id}});
        }
    }
    return groups;
}

QJsonObject interfaceView(const DemoRequest& request, const QJsonObject& port)
{
    QJsonArray fixedIps;
    for (const QJsonValue& ip : port.value(u"fixed_ips").toArray())
        fixedIps.append(QJsonObject{{QStringLiteral("subnet_id"), ip.toObject().value(u"subnet_id")},
                                    {QStringLiteral("ip_address"), ip.toObject().value(u"ip_address")}});
    QJsonObject view{{QStringLiteral("net_id"), port.value(u"network_id")},
                     {QStringLiteral("port_id"), port.value(u"id")},
                     {QStringLiteral("mac_addr"), port.value(u"mac_address")},
                     {QStringLiteral("port_state"), port.value(u"status")},
                     {QStringLiteral("fixed_ips"), fixedIps}};
    if (atLeast(request, 70))
        view.insert(QStringLiteral("tag"), QJsonValue::Null);
    return view;
}

} // namespace zenith::demo::nova
