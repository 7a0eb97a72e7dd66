#include "demoneutronportrules.h"

#include "demoneutronaddress.h"
#include "demoneutronjson.h"
#include "demoneutronsecgroups.h"

#include <QUuid>

namespace zenith::demo::neutron {

namespace {

constexpr int kMaxAllowedAddressPairs = 10; // neutron.conf max_allowed_address_pair

// The keys of every dict of a list attribute, in order: the sub-rules policy.py builds for it.
QStringList listKeys(const QJsonValue& value)
{
    QStringList keys;
    for (const QJsonValue& item : value.toArray()) {
        const QJsonObject o = item.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            keys.append(it.key());
    }
    return keys;
}

} // namespace

const QStringList& portPostAttributes()
{
    static const QStringList attributes{QStringLiteral("name"),
                                        QStringLiteral("network_id"),
                                        QStringLiteral("admin_state_up"),
                                        QStringLiteral("mac_address"),
                                        QStringLiteral("fixed_ips"),
                                        QStringLiteral("device_id"),
                                        QStringLiteral("device_owner"),
                                        QStringLiteral("description"),
                                        QStringLiteral("security_groups"),
                                        QStringLiteral("port_security_enabled"),
                                        QStringLiteral("allowed_address_pairs"),
                                        QStringLiteral("binding:host_id"),
                                        QStringLiteral("binding:vnic_type"),
                                        QStringLiteral("binding:profile"),
                                        QStringLiteral("extra_dhcp_opts"),
                                        QStringLiteral("tags"),
                                        QStringLiteral("dns_name"),
                                        QStringLiteral("qos_policy_id"),
                                        QStringLiteral("propagate_uplink_status")};
    return attributes;
}

const QStringList& portPutAttributes()
{
    static const QStringList attributes = [] {
        QStringList put = portPostAttributes();
        put.removeAll(QStringLiteral("network_id"));
        put.removeAll(QStringLiteral("tags"));
        return put;
    }();
    return attributes;
}

std::variant<QList<QPair<QString, QString>>, DemoReply> convertFixedIps(const QJsonValue& value)
{
    const QString attribute = QStringLiteral("fixed_ips");
    if (!value.isArray())
        return invalidAttribute(attribute,
                                QStringLiteral("Invalid data format for fixed IP: '%1'").arg(pythonText(value)));
    QList<QPair<QString, QString>> ips;
    QStringList seen;
    for (const QJsonValue& item : value.toArray()) {
        const QJsonObject ip = item.toObject();
        if (!item.isObject())
            return invalidAttribute(attribute,
                                    QStringLiteral("Invalid data format for fixed IP: '%1'").arg(pythonText(item)));
        const QString address = ip.value(u"ip_address").toString();
        if (ip.contains(u"ip_address")) {
            if (seen.contains(address))
                return invalidAttribute(attribute, QStringLiteral("Duplicate IP address '%1'").arg(address));
            if (!IpAddress::parse(address).isValid())
                return invalidAttribute(
                    attribute,
                    QStringLiteral("'%1' is not a valid IP address").arg(pythonText(ip.value(u"ip_address"))));
            seen.append(address);
        }
        const QString subnet = ip.value(u"subnet_id").toString();
        if (ip.contains(u"subnet_id") && QUuid::fromString(subnet).isNull())
            return invalidAttribute(attribute, QStringLiteral("'%1' is not a valid UUID").arg(subnet));
        ips.append({subnet, address});
    }
    return ips;
}

std::variant<QJsonArray, DemoReply> convertAddressPairs(const QJsonValue& value)
{
    if (value.isNull())
        return QJsonArray();
    if (!value.isArray())
        return invalidAttribute(QStringLiteral("allowed_address_pairs"),
                                QStringLiteral("Allowed address pairs must be a list."));
    const QJsonArray pairs = value.toArray();
    if (pairs.size() > kMaxAllowedAddressPairs)
        return error(
            400, QStringLiteral("AllowedAddressPairExhausted"),
            QStringLiteral("The number of allowed address pair exceeds the maximum %1.").arg(kMaxAllowedAddressPairs));
    QJsonArray out;
    for (const QJsonValue& item : pairs) {
        const QJsonObject pair = item.toObject();
        if (!pair.contains(u"ip_address"))
            return error(400, QStringLiteral("AllowedAddressPairsMissingIP"),
                         QStringLiteral("AllowedAddressPair must contain ip_address"));
        const QString ip = pair.value(u"ip_address").toString();
        if (!IpNetwork::parse(ip))
            return invalidAttribute(QStringLiteral("allowed_address_pairs"),
                                    QStringLiteral("'%1' is not a valid IP address").arg(ip));
        if (out.contains(pair))
            return error(400, QStringLiteral("DuplicateAddressPairInRequest"),
                         QStringLiteral("Request contains duplicate address pair: mac_address %1 ip_address %2.")
                             .arg(pair.value(u"mac_address").toString(QStringLiteral("None")), ip));
        out.append(pair);
    }
    return out;
}

QJsonArray withMac(const QJsonArray& pairs, const QString& mac)
{
    QJsonArray out;
    for (const QJsonValue& item : pairs) {
        QJsonObject pair = item.toObject();
        if (pair.value(u"mac_address").toString().isEmpty())
            pair.insert(QStringLiteral("mac_address"), mac);
        out.append(pair);
    }
    return out;
}

std::variant<QStringList, DemoReply> convertSecurityGroups(const QJsonValue& value)
{
    if (value.isNull())
        return QStringList();
    if (!value.isArray())
        return invalidAttribute(QStringLiteral("security_groups"),
                                QStringLiteral("'%1' is not a list").arg(pythonText(value)));
    QStringList ids;
    for (const QJsonValue& id : value.toArray()) {
        if (!ids.contains(id.toString())) // Neutron keeps each group once
            ids.append(id.toString());
    }
    return ids;
}

std::optional<DemoReply> checkSecurityGroups(const DemoEnv& env, const DemoRequest& request, const QStringList& ids)
{
    QStringList missing;
    for (const QString& id : ids) {
        const QJsonObject* group = env.state.find(key(request, QStringLiteral("security_groups")), id);
        if (!group || !owns(request, *group))
            missing.append(id);
    }
    if (missing.isEmpty())
        return std::nullopt;
    return securityGroupNotFound(missing.join(QStringLiteral(", ")));
}

std::optional<DemoReply> portPolicy(const DemoRequest& request, const QString& action, const QJsonObject& fields,
                                    const QJsonObject& network)
{
    const bool networkOwner =
        request.caller.admin || network.value(u"project_id").toString() == request.caller.projectId;
    const bool shared = network.value(u"shared").toBool();
    QStringList rules;
    bool refused = false;
    const auto set = [&](const QString& attribute, bool allowed, const QStringList& sub = {}) {
        if (!fields.contains(attribute))
            return;
        rules.append(attributeRule(action, attribute, sub));
        refused = refused || !allowed;
    };
    set(QStringLiteral("mac_address"), networkOwner);
    const QStringList ipKeys = listKeys(fields.value(u"fixed_ips"));
    set(QStringLiteral("fixed_ips"), networkOwner || (shared && !ipKeys.contains(QStringLiteral("ip_address"))),
        ipKeys);
    if (!fields.value(u"device_owner").toString().isEmpty())
        set(QStringLiteral("device_owner"),
            networkOwner || !fields.value(u"device_owner").toString().startsWith(u"network:"));
    for (const QString& binding : {QStringLiteral("binding:host_id"), QStringLiteral("binding:profile")})
        set(binding, request.caller.admin);
    set(QStringLiteral("port_security_enabled"), networkOwner);
    set(QStringLiteral("allowed_address_pairs"), networkOwner, listKeys(fields.value(u"allowed_address_pairs")));
    if (!refused)
        return std::nullopt;
    return policyRefused(action, rules);
}

std::optional<DemoReply> portSpecFromFields(const QJsonObject& fields, ports::PortSpec& spec)
{
    for (const QString& text : {QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("device_id"),
                                QStringLiteral("device_owner")}) {
        if (fields.contains(text)) {
            if (auto refused = checkString(text, fields.value(text)))
                return refused;
        }
    }
    spec.name = fields.value(u"name").toString();
    spec.description = fields.value(u"description").toString();
    spec.deviceId = fields.value(u"device_id").toString();
    spec.deviceOwner = fields.value(u"device_owner").toString();
    if (fields.contains(u"admin_state_up")) {
        const auto up = toBoolean(fields.value(u"admin_state_up"));
        if (const auto* refused = std::get_if<DemoReply>(&up))
            return *refused;
        spec.adminStateUp = std::get<bool>(up);
    }
    if (fields.contains(u"fixed_ips")) {
        const auto ips = convertFixedIps(fields.value(u"fixed_ips"));
        if (const auto* refused = std::get_if<DemoReply>(&ips))
            return *refused;
        spec.fixedIps = std::get<QList<QPair<QString, QString>>>(ips);
    }
    if (fields.contains(u"security_groups")) {
        const auto groups = convertSecurityGroups(fields.value(u"security_groups"));
        if (const auto* refused = std::get_if<DemoReply>(&groups))
            return *refused;
        spec.securityGroups = std::get<QStringList>(groups);
    }
    if (fields.contains(u"port_security_enabled")) {
        const auto enabled = toBoolean(fields.value(u"port_security_enabled"));
        if (const auto* refused = std::get_if<DemoReply>(&enabled))
            return *refused;
        spec.portSecurityEnabled = std::get<bool>(enabled);
    }
    if (fields.contains(u"allowed_address_pairs")) {
        const auto pairs = convertAddressPairs(fields.value(u"allowed_address_pairs"));
        if (const auto* refused = std::get_if<DemoReply>(&pairs))
            return *refused;
        spec.allowedAddressPairs = std::get<QJsonArray>(pairs);
    }
    return std::nullopt;
}

std::variant<QJsonArray, DemoReply> convertTags(const QJsonValue& value)
{
    const QString attribute = QStringLiteral("tags");
    if (!value.isArray())
        return invalidAttribute(attribute, QStringLiteral("'%1' is not a list").arg(pythonText(value)));
    QJsonArray tags;
    for (const QJsonValue& tag : value.toArray()) {
        if (auto refused = checkString(attribute, tag))
            return *refused;
        if (tags.contains(tag))
            return invalidAttribute(attribute, QStringLiteral("Duplicate items in the list: '%1'").arg(tag.toString()));
        tags.append(tag);
    }
    return tags;
}

DemoReply portError(const ports::PortError& refusal)
{
    return error(refusal.status, refusal.type, refusal.message);
}

} // namespace zenith::demo::neutron
