#include "networkseed.h"

#include "benchsupport.h"

#include "core/session.h"
#include "democloud/democloud.h"
#include "network/createnetworkrequest.h"
#include "network/createsubnetrequest.h"
#include "network/listsecuritygroupsrequest.h"

#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <functional>

namespace zenith::bench {

namespace {

const QString kCreated = QStringLiteral("2026-12-01T10:00:00Z");

QJsonObject resource(const QString& projectId)
{
    return {{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {QStringLiteral("tenant_id"), projectId},
            {QStringLiteral("project_id"), projectId},
            {QStringLiteral("tags"), QJsonArray()},
            {QStringLiteral("created_at"), kCreated},
            {QStringLiteral("updated_at"), kCreated},
            {QStringLiteral("revision_number"), 1}};
}

// A port as the demo cloud's ports::create writes it, on the subnet's n-th pool address.
QJsonObject port(const QString& projectId, const QString& networkId, const QString& subnetId, const QString& groupId,
                 int n)
{
    QJsonObject p = resource(projectId);
    const quint32 address = QHostAddress(QStringLiteral("10.12.0.2")).toIPv4Address() + quint32(n);
    p.insert(QStringLiteral("name"), QStringLiteral("bench-%1").arg(n));
    p.insert(QStringLiteral("network_id"), networkId);
    p.insert(QStringLiteral("mac_address"), QStringLiteral("fa:16:3e:%1:%2:%3")
                                                .arg((n >> 16) & 0xff, 2, 16, QLatin1Char('0'))
                                                .arg((n >> 8) & 0xff, 2, 16, QLatin1Char('0'))
                                                .arg(n & 0xff, 2, 16, QLatin1Char('0')));
    p.insert(QStringLiteral("admin_state_up"), true);
    p.insert(QStringLiteral("status"), QStringLiteral("DOWN"));
    p.insert(QStringLiteral("device_id"), QString());
    p.insert(QStringLiteral("device_owner"), QString());
    p.insert(QStringLiteral("fixed_ips"),
             QJsonArray{QJsonObject{{QStringLiteral("subnet_id"), subnetId},
                                    {QStringLiteral("ip_address"), QHostAddress(address).toString()}}});
    p.insert(QStringLiteral("port_security_enabled"), true);
    p.insert(QStringLiteral("security_groups"), QJsonArray{groupId});
    p.insert(QStringLiteral("binding:vnic_type"), QStringLiteral("normal"));
    p.insert(QStringLiteral("allowed_address_pairs"), QJsonArray());
    p.insert(QStringLiteral("extra_dhcp_opts"), QJsonArray());
    p.insert(QStringLiteral("description"), QString());
    return p;
}

QJsonObject group(const QString& projectId, int g)
{
    QJsonObject group = resource(projectId);
    group.insert(QStringLiteral("name"), QStringLiteral("bench-%1").arg(g, 3, 10, QLatin1Char('0')));
    group.insert(QStringLiteral("description"), QStringLiteral("Benchmark group %1").arg(g));
    group.insert(QStringLiteral("stateful"), true);
    group.insert(QStringLiteral("shared"), false);
    return group;
}

// A rule as the demo cloud stores it (demoneutronsecgrouprules.cpp): a few kinds, like a class's groups.
QJsonObject rule(const QString& projectId, const QString& groupId, int n)
{
    QJsonObject r = resource(projectId);
    const bool egress = n < 2;
    r.insert(QStringLiteral("security_group_id"), groupId);
    r.insert(QStringLiteral("direction"), egress ? QStringLiteral("egress") : QStringLiteral("ingress"));
    r.insert(QStringLiteral("ethertype"), n == 1 ? QStringLiteral("IPv6") : QStringLiteral("IPv4"));
    r.insert(QStringLiteral("protocol"), egress
                                             ? QJsonValue(QJsonValue::Null)
                                             : QJsonValue(n % 3 == 0 ? QStringLiteral("udp") : QStringLiteral("tcp")));
    r.insert(QStringLiteral("port_range_min"), egress ? QJsonValue(QJsonValue::Null) : QJsonValue(1000 + n));
    r.insert(QStringLiteral("port_range_max"), egress ? QJsonValue(QJsonValue::Null) : QJsonValue(1000 + n));
    const QJsonValue prefix = egress ? QJsonValue(QJsonValue::Null) : QJsonValue(QStringLiteral("10.12.0.0/16"));
    r.insert(QStringLiteral("remote_ip_prefix"), prefix);
    r.insert(QStringLiteral("normalized_cidr"), prefix);
    r.insert(QStringLiteral("remote_group_id"), QJsonValue::Null);
    r.insert(QStringLiteral("remote_address_group_id"), QJsonValue::Null);
    r.insert(QStringLiteral("description"), egress ? QJsonValue(QJsonValue::Null) : QJsonValue(QString()));
    return r;
}

QString describe(const char* step, const ApiError& error)
{
    return QStringLiteral("%1: %2 %3 %4")
        .arg(QLatin1String(step), kindName(error.kind), QString::number(error.httpStatus), error.message);
}

// The cloud's state through a file (DemoCloud keeps it private): read, changed, read back.
bool editState(DemoCloud& cloud, const std::function<void(QJsonObject&)>& edit, QString* why)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("state.json"));
    if (!cloud.save(path, why))
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QJsonObject document = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonObject state = document.value(u"state").toObject();
    edit(state);
    document.insert(QStringLiteral("state"), state);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write(QJsonDocument(document).toJson(QJsonDocument::Compact));
    file.close();
    return cloud.load(path, why);
}

} // namespace

bool seedNetwork(DemoCloud& cloud, Session& session, const NetworkSizes& sizes, QString* why)
{
    // Listing the groups makes the project's default group, which every port gets.
    const auto listed = await(session.send(ListSecurityGroupsRequest{}));
    if (!listed) {
        *why = describe("groups", listed.error());
        return false;
    }
    const auto found = std::find_if(listed->items.cbegin(), listed->items.cend(),
                                    [](const SecurityGroup& g) { return g.name == u"default"; });
    if (found == listed->items.cend()) {
        *why = QStringLiteral("no default security group");
        return false;
    }
    const SecurityGroup defaultGroup = *found;
    CreateNetworkRequest net;
    net.name = QStringLiteral("bench-net");
    const auto network = await(session.send(net));
    if (!network) {
        *why = describe("network", network.error());
        return false;
    }
    CreateSubnetRequest sub;
    sub.networkId = network->id;
    sub.name = QStringLiteral("bench-subnet");
    sub.cidr = QStringLiteral("10.12.0.0/16");
    const auto subnet = await(session.send(sub));
    if (!subnet) {
        *why = describe("subnet", subnet.error());
        return false;
    }
    const QString region = cloud.cloudConfig().regionName;
    const QString projectId = defaultGroup.projectId;
    return editState(
        cloud,
        [&](QJsonObject& state) {
            QJsonArray ports = state.value(region + u"/ports").toArray();
            for (int n = 0; n < sizes.ports; ++n)
                ports.append(port(projectId, network->id, subnet->id, defaultGroup.id, n));
            state.insert(region + u"/ports", ports);
            QJsonArray groups = state.value(region + u"/security_groups").toArray();
            QJsonArray rules = state.value(region + u"/security_group_rules").toArray();
            for (int g = 0; g < sizes.groups; ++g) {
                const QJsonObject made = group(projectId, g);
                groups.append(made);
                for (int r = 0; r < sizes.rulesPerGroup; ++r)
                    rules.append(rule(projectId, made.value(u"id").toString(), r));
            }
            state.insert(region + u"/security_groups", groups);
            state.insert(region + u"/security_group_rules", rules);
        },
        why);
}

} // namespace zenith::bench
