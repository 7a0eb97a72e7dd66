// Neutron networks, subnets, ports and quotas: parse() of each request type on the bodies the dev
// cloud really sent (tests/data/network/, captured by capture.sh), and fromJson's refusals.

#include "network/createnetworkrequest.h"
#include "network/createportrequest.h"
#include "network/createsubnetrequest.h"
#include "network/deletenetworkrequest.h"
#include "network/deleteportrequest.h"
#include "network/deletesubnetrequest.h"
#include "network/getnetworkquotarequest.h"
#include "network/getnetworkrequest.h"
#include "network/getportrequest.h"
#include "network/getsubnetrequest.h"
#include "network/listnetworksrequest.h"
#include "network/listportsrequest.h"
#include "network/listsubnetsrequest.h"
#include "network/updatenetworkrequest.h"
#include "network/updateportrequest.h"
#include "network/updatesubnetrequest.h"

#include "networktest.h"

#include <QTest>
#include <QTimeZone>

using namespace zenith;

namespace {
const QString kLabNetwork = QStringLiteral("050eb6c6-9018-4364-9e0c-db973af28a8e");
const QString kLabSubnet = QStringLiteral("1168e608-73f1-4378-b19a-59c016e1ca8a");
const QString kDefaultGroup = QStringLiteral("2455e6eb-90cf-44e4-ac92-4b47c2c69212");
} // namespace

class TestNetworkParse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void networkList()
    {
        NETWORK_PARSED(page, ListNetworksRequest, "networks-list.json");
        QCOMPARE(page.items.size(), 3);
        QVERIFY(!page.nextMarker);
        const Network& ext = page.items.at(0);
        QCOMPARE(ext.name, QStringLiteral("Ext-Net"));
        QVERIFY(ext.routerExternal);
        QVERIFY(ext.shared);
        QCOMPARE(ext.isDefault, std::optional<bool>(false));
        QCOMPARE(ext.mtu, std::optional<int>(1500));
        QCOMPARE(ext.subnets, QStringList{QStringLiteral("9b7d977a-6fd2-4201-8247-e9ea069dc1ff")});
        // Neutron writes is_default only for external networks.
        const Network& priv = page.items.at(1);
        QCOMPARE(priv.name, QStringLiteral("private"));
        QVERIFY(!priv.routerExternal);
        QVERIFY(!priv.isDefault);
        QCOMPARE(priv.mtu, std::optional<int>(1450));
        QCOMPARE(priv.projectId, QStringLiteral("0b1fc91c7fa046b1885683c6236fde76"));
        QCOMPARE(priv.createdAt, QDateTime(QDate(2026, 11, 25), QTime(8, 36, 1), QTimeZone::utc()));
    }

    void networkPageAndExternalFilter()
    {
        NETWORK_PARSED(page, ListNetworksRequest, "networks-list-page.json");
        QCOMPARE(page.items.size(), 1);
        QCOMPARE(page.nextMarker, std::optional<QString>(QStringLiteral("3c5c120f-4197-4ba3-8d33-06d7a1264b5f")));

        NETWORK_PARSED(external, ListNetworksRequest, "networks-list-external.json");
        QStringList names;
        for (const Network& n : external.items) {
            QVERIFY(n.routerExternal);
            names.append(n.name);
        }
        QCOMPARE(names, (QStringList{QStringLiteral("Ext-Net"), QStringLiteral("public")}));
    }

    void networkCreateShowUpdate()
    {
        NETWORK_PARSED(created, CreateNetworkRequest, "network-create.json");
        QCOMPARE(created.id, kLabNetwork);
        QCOMPARE(created.status, QStringLiteral("ACTIVE"));
        QCOMPARE(created.description, QStringLiteral("lab network"));
        QCOMPARE(created.portSecurityEnabled, std::optional<bool>(true));
        QVERIFY(created.subnets.isEmpty());
        QVERIFY(created.adminStateUp);
        QVERIFY(!created.shared);

        NETWORK_PARSED(shown, GetNetworkRequest, "network-show.json");
        QCOMPARE(shown.id, kLabNetwork);
        QCOMPARE(shown.name, created.name);

        NETWORK_PARSED(updated, UpdateNetworkRequest, "network-update.json");
        QCOMPARE(updated.mtu, std::optional<int>(1400));
        QCOMPARE(updated.name, QStringLiteral("zenith-capture-2217-lab2"));
    }

    void subnetCreateAndShow()
    {
        NETWORK_PARSED(created, CreateSubnetRequest, "subnet-create.json");
        QCOMPARE(created.id, kLabSubnet);
        QCOMPARE(created.networkId, kLabNetwork);
        QCOMPARE(created.cidr, QStringLiteral("10.12.0.0/16"));
        QCOMPARE(created.ipVersion, 4);
        QCOMPARE(created.gatewayIp, std::optional<QString>(QStringLiteral("10.12.0.1")));
        QCOMPARE(created.allocationPools.size(), 1);
        QCOMPARE(created.allocationPools.first().start, QStringLiteral("10.12.0.10"));
        QCOMPARE(created.allocationPools.first().end, QStringLiteral("10.12.255.250"));
        QCOMPARE(created.dnsNameservers, (QStringList{QStringLiteral("1.1.1.1"), QStringLiteral("9.9.9.9")}));
        QCOMPARE(created.hostRoutes.size(), 1);
        QCOMPARE(created.hostRoutes.first().destination, QStringLiteral("192.168.50.0/24"));
        QCOMPARE(created.hostRoutes.first().nexthop, QStringLiteral("10.12.0.254"));
        QVERIFY(!created.enableDhcp);
        QVERIFY(!created.ipv6RaMode);
        QVERIFY(!created.subnetpoolId);

        NETWORK_PARSED(shown, GetSubnetRequest, "subnet-show.json");
        QCOMPARE(shown.cidr, created.cidr);
        NETWORK_PARSED(updated, UpdateSubnetRequest, "subnet-update.json");
        QCOMPARE(updated.dnsNameservers, QStringList{QStringLiteral("9.9.9.9")});
        QCOMPARE(updated.description, QStringLiteral("lab subnet"));
    }

    void subnetWithoutGatewayAndIpv6()
    {
        NETWORK_PARSED(noGateway, CreateSubnetRequest, "subnet-create-no-gateway.json");
        QVERIFY(!noGateway.gatewayIp);
        // Without a gateway the pool starts at the first address.
        QCOMPARE(noGateway.allocationPools.first().start, QStringLiteral("10.13.0.1"));
        QVERIFY(noGateway.enableDhcp);

        NETWORK_PARSED(v6, CreateSubnetRequest, "subnet-create-ipv6.json");
        QCOMPARE(v6.ipVersion, 6);
        QCOMPARE(v6.ipv6RaMode, std::optional<QString>(QStringLiteral("slaac")));
        QCOMPARE(v6.ipv6AddressMode, std::optional<QString>(QStringLiteral("slaac")));
        QCOMPARE(v6.gatewayIp, std::optional<QString>(QStringLiteral("fd00:12::")));

        NETWORK_PARSED(list, ListSubnetsRequest, "subnets-list.json");
        QCOMPARE(list.items.size(), 3);
        QVERIFY(!list.nextMarker);
    }

    void portCreate()
    {
        NETWORK_PARSED(port, CreatePortRequest, "port-create.json");
        QCOMPARE(port.networkId, kLabNetwork);
        QCOMPARE(port.fixedIps.size(), 1);
        QCOMPARE(port.fixedIps.first().subnetId, kLabSubnet);
        QCOMPARE(port.fixedIps.first().ipAddress, QStringLiteral("10.12.3.80"));
        QCOMPARE(port.macAddress, QStringLiteral("fa:16:3e:e0:f7:d4"));
        // No server, no binding: the port stays DOWN.
        QCOMPARE(port.status, QStringLiteral("DOWN"));
        QCOMPARE(port.securityGroups, QStringList{kDefaultGroup});
        QCOMPARE(port.portSecurityEnabled, std::optional<bool>(true));
        QVERIFY(port.allowedAddressPairs.isEmpty());
        QVERIFY(port.deviceId.isEmpty());
        QCOMPARE(port.vnicType, QStringLiteral("normal"));
        QVERIFY(port.bindingVifType.isEmpty());
    }

    void portUpdates()
    {
        NETWORK_PARSED(moved, UpdatePortRequest, "port-update-fixed-ip.json");
        QCOMPARE(moved.fixedIps.size(), 1);
        QCOMPARE(moved.fixedIps.first().ipAddress, QStringLiteral("10.12.0.1"));

        NETWORK_PARSED(paired, UpdatePortRequest, "port-update-address-pairs.json");
        QCOMPARE(paired.allowedAddressPairs.size(), 1);
        QCOMPARE(paired.allowedAddressPairs.first().ipAddress, QStringLiteral("0.0.0.0/0"));
        // Neutron fills in the port's own MAC.
        QCOMPARE(paired.allowedAddressPairs.first().macAddress, paired.macAddress);

        NETWORK_PARSED(open, UpdatePortRequest, "port-update-security-off.json");
        QCOMPARE(open.portSecurityEnabled, std::optional<bool>(false));
        QVERIFY(open.securityGroups.isEmpty());
        QVERIFY(open.allowedAddressPairs.isEmpty());
    }

    void portShowAsMemberAndAdmin()
    {
        NETWORK_PARSED(member, GetPortRequest, "port-show.json");
        NETWORK_PARSED(admin, GetPortRequest, "port-show-admin.json");
        QCOMPARE(admin.id, member.id);
        QVERIFY(member.bindingVifType.isEmpty());
        QCOMPARE(admin.bindingVifType, QStringLiteral("unbound"));
        QCOMPARE(admin.bindingHostId, QString());
    }

    void portLists()
    {
        NETWORK_PARSED(all, ListPortsRequest, "ports-list.json");
        QCOMPARE(all.items.size(), 2);
        NETWORK_PARSED(byIp, ListPortsRequest, "ports-list-by-ip.json");
        QCOMPARE(byIp.items.size(), 1);
        QCOMPARE(byIp.items.first().fixedIps.first().ipAddress, QStringLiteral("10.12.0.1"));
    }

    void quotaDetails()
    {
        NETWORK_PARSED(quota, GetNetworkQuotaRequest, "quota-details.json");
        QCOMPARE(quota.networks.limit, 100);
        QCOMPARE(quota.networks.used, 2);
        QCOMPARE(quota.ports.used, 5);
        QCOMPARE(quota.routers.limit, 10);
        QCOMPARE(quota.floatingIps.limit, 50);
        QCOMPARE(quota.securityGroups.used, 3);
        QCOMPARE(quota.securityGroupRules.used, 12);
        QCOMPARE(quota.subnets.reserved, 0);
        QCOMPARE(quota.all.size(), 9);
        QCOMPARE(quota.all.value(QStringLiteral("subnetpool")).limit, -1);
    }

    void deletesAcceptNoContent()
    {
        QVERIFY(DeleteNetworkRequest::parse(204, {}).ok());
        QVERIFY(DeleteSubnetRequest::parse(204, {}).ok());
        QVERIFY(DeletePortRequest::parse(204, {}).ok());
        QVERIFY(!DeletePortRequest::parse(302, {}).ok());
    }

    void refusals_data();
    void refusals();
};

void TestNetworkParse::refusals_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("pointer");  // "port/fixed_ips/0/ip_address": what to break
    QTest::addColumn<QJsonValue>("value"); // undefined: remove it
    QTest::addColumn<QString>("message");

    const QJsonValue remove(QJsonValue::Undefined);
    QTest::newRow("network without id") << QStringLiteral("network-show.json") << QStringLiteral("network/id") << remove
                                        << QStringLiteral("network: network.id: is missing");
    QTest::newRow("router:external a string")
        << QStringLiteral("network-show.json") << QStringLiteral("network/router:external")
        << QJsonValue(QStringLiteral("false"))
        << QStringLiteral("network: network.router:external: expected a boolean");
    QTest::newRow("subnet cidr null") << QStringLiteral("subnet-show.json") << QStringLiteral("subnet/cidr")
                                      << QJsonValue(QJsonValue::Null) << QStringLiteral("subnet: subnet.cidr: is null");
    QTest::newRow("gateway a number") << QStringLiteral("subnet-show.json") << QStringLiteral("subnet/gateway_ip")
                                      << QJsonValue(10)
                                      << QStringLiteral("subnet: subnet.gateway_ip: expected a string");
    QTest::newRow("pool without end") << QStringLiteral("subnet-show.json")
                                      << QStringLiteral("subnet/allocation_pools/0/end") << remove
                                      << QStringLiteral("subnet: subnet.allocation_pools[0]: end: is missing");
    QTest::newRow("fixed IP without address")
        << QStringLiteral("port-show.json") << QStringLiteral("port/fixed_ips/0/ip_address") << remove
        << QStringLiteral("port: port.fixed_ips[0]: ip_address: is missing");
    QTest::newRow("port without status") << QStringLiteral("port-show.json") << QStringLiteral("port/status") << remove
                                         << QStringLiteral("port: port.status: is missing");
    QTest::newRow("quota without ports") << QStringLiteral("quota-details.json") << QStringLiteral("quota/port")
                                         << remove << QStringLiteral("quota: quota.port: is missing");
    QTest::newRow("quota used a string") << QStringLiteral("quota-details.json") << QStringLiteral("quota/router/used")
                                         << QJsonValue(QStringLiteral("2"))
                                         << QStringLiteral("quota: quota.router: used: expected an integer");
}

namespace {

// Replaces (or removes) the value at a slash-separated path of objects and arrays.
QJsonValue patched(const QJsonValue& node, QStringList path, const QJsonValue& value)
{
    const QString head = path.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int i = head.toInt();
        array[i] = path.isEmpty() ? value : patched(array.at(i), path, value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty() && value.isUndefined())
        object.remove(head);
    else
        object[head] = path.isEmpty() ? value : patched(object.value(head), path, value);
    return object;
}

template <typename R> QString parseError(const QJsonObject& body)
{
    const auto result = R::parse(200, QJsonDocument(body).toJson());
    return result.ok() ? QStringLiteral("(parsed)") : result.error().message;
}

} // namespace

void TestNetworkParse::refusals()
{
    QFETCH(QString, fixture);
    QFETCH(QString, pointer);
    QFETCH(QJsonValue, value);
    QFETCH(QString, message);
    ZENITH_JSON_FIXTURE(body, QStringLiteral("network/") + fixture);
    const QJsonObject broken = patched(body, pointer.split(u'/'), value).toObject();
    QVERIFY(broken != body);

    QString got;
    if (fixture.startsWith(u"network"))
        got = parseError<GetNetworkRequest>(broken);
    else if (fixture.startsWith(u"subnet"))
        got = parseError<GetSubnetRequest>(broken);
    else if (fixture.startsWith(u"port"))
        got = parseError<GetPortRequest>(broken);
    else
        got = parseError<GetNetworkQuotaRequest>(broken);
    QCOMPARE(got, message);
}

QTEST_GUILESS_MAIN(TestNetworkParse)
#include "tst_networkparse.moc"
