#include "demoneutronjson.h"
#include "demoneutronnetworks.h"
#include "demoneutronportrules.h"
#include "demoneutronports.h"
#include "demoneutronsecgroups.h"

namespace zenith::demo::neutron {

namespace {

// ml2 plugin _portsec_ext_port_update_processing: with port security off, neither address pairs
// nor security groups may stay, whether the request brings them or the port has them already.
std::optional<DemoReply> checkPortSecurity(const QJsonObject& port, const QJsonObject& fields,
                                           const ports::PortSpec& asked)
{
    const bool enabled = asked.portSecurityEnabled.value_or(port.value(u"port_security_enabled").toBool(true));
    if (enabled)
        return std::nullopt;
    const bool pairsAsked = fields.contains(u"allowed_address_pairs");
    if ((pairsAsked && !asked.allowedAddressPairs.isEmpty()) ||
        (!pairsAsked && !port.value(u"allowed_address_pairs").toArray().isEmpty()))
        return error(409, QStringLiteral("AddressPairAndPortSecurityRequired"),
                     QStringLiteral("Port Security must be enabled in order to have allowed address pairs on a port."));
    if (asked.securityGroups && !asked.securityGroups->isEmpty())
        return error(400, QStringLiteral("PortSecurityAndIPRequiredForSecurityGroups"),
                     QStringLiteral("Port security must be enabled and port must have an IP address in order to use "
                                    "security groups."));
    if (!asked.securityGroups && !port.value(u"security_groups").toArray().isEmpty())
        return error(409, QStringLiteral("PortSecurityPortHasSecurityGroup"),
                     QStringLiteral("Port has security group associated. Cannot disable port security or IP address "
                                    "until security group is removed."));
    return std::nullopt;
}

// The fields the body names, written into the stored port.
void applyFields(QJsonObject& port, const QJsonObject& fields, const ports::PortSpec& asked)
{
    const QList<QPair<QString, QJsonValue>> simple{{QStringLiteral("name"), asked.name},
                                                   {QStringLiteral("description"), asked.description},
                                                   {QStringLiteral("device_id"), asked.deviceId},
                                                   {QStringLiteral("device_owner"), asked.deviceOwner},
                                                   {QStringLiteral("admin_state_up"), asked.adminStateUp}};
    for (const auto& [name, value] : simple) {
        if (fields.contains(name))
            port.insert(name, value);
    }
    if (asked.portSecurityEnabled)
        port.insert(QStringLiteral("port_security_enabled"), *asked.portSecurityEnabled);
    if (asked.securityGroups)
        port.insert(QStringLiteral("security_groups"), QJsonArray::fromStringList(*asked.securityGroups));
    if (fields.contains(u"allowed_address_pairs"))
        port.insert(QStringLiteral("allowed_address_pairs"),
                    withMac(asked.allowedAddressPairs, port.value(u"mac_address").toString()));
    for (const QString& k :
         {QStringLiteral("binding:host_id"), QStringLiteral("binding:profile"), QStringLiteral("extra_dhcp_opts")}) {
        if (fields.contains(k))
            port.insert(k, fields.value(k));
    }
}

} // namespace

DemoReply updatePort(DemoEnv& env, DemoRequest& request)
{
    const QString id = request.param(QStringLiteral("port_id"));
    const auto body = resourceBody(request, QStringLiteral("port"));
    if (const auto* refused = std::get_if<DemoReply>(&body))
        return *refused;
    const QJsonObject fields = std::get<QJsonObject>(body);
    if (auto refused = checkAttributes(fields, Attributes{portPostAttributes(), portPutAttributes()}, false))
        return *refused;
    const QString collection = key(request, QStringLiteral("ports"));
    const QJsonObject* stored = env.state.find(collection, id);
    if (!stored || !portVisible(env, request, *stored))
        return portNotFound(id);
    const QJsonObject original = *stored;
    ports::PortSpec asked;
    asked.adminStateUp = original.value(u"admin_state_up").toBool(true);
    if (auto refused = portSpecFromFields(fields, asked))
        return *refused;
    const QJsonObject* network =
        env.state.find(key(request, QStringLiteral("networks")), original.value(u"network_id").toString());
    if (auto refused = portPolicy(request, QStringLiteral("update_port"), fields, network ? *network : QJsonObject()))
        return *refused;
    ensureDefaultSecurityGroup(env, request.region, original.value(u"project_id").toString());
    // Neutron changes the addresses first and rolls everything back when a later check fails.
    if (fields.contains(u"fixed_ips")) {
        if (auto refused = ports::setFixedIps(env, request.region, id, asked.fixedIps))
            return portError(*refused);
    }
    QJsonObject port = *env.state.find(collection, id);
    std::optional<DemoReply> refused = checkPortSecurity(original, fields, asked);
    if (!refused && asked.securityGroups)
        refused = checkSecurityGroups(env, request, *asked.securityGroups);
    if (refused) {
        env.state.put(collection, original);
        return *refused;
    }
    applyFields(port, fields, asked);
    touch(port);
    env.state.put(collection, port);
    return one(200, QStringLiteral("port"), portView(env, request, port));
}

} // namespace zenith::demo::neutron
