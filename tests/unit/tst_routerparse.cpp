// Neutron routers, floating IPs and security groups: parse() of each request type on the bodies the
// dev cloud really sent (tests/data/network/, captured by capture.sh).

#include "network/addrouterinterfacerequest.h"
#include "network/createfloatingiprequest.h"
#include "network/createrouterrequest.h"
#include "network/createsecuritygrouprequest.h"
#include "network/createsecuritygrouprulerequest.h"
#include "network/deletefloatingiprequest.h"
#include "network/deleterouterrequest.h"
#include "network/deletesecuritygrouprequest.h"
#include "network/deletesecuritygrouprulerequest.h"
#include "network/getfloatingiprequest.h"
#include "network/getrouterrequest.h"
#include "network/getsecuritygrouprequest.h"
#include "network/listfloatingipsrequest.h"
#include "network/listroutersrequest.h"
#include "network/listsecuritygrouprulesrequest.h"
#include "network/listsecuritygroupsrequest.h"
#include "network/removerouterinterfacerequest.h"
#include "network/updatefloatingiprequest.h"
#include "network/updaterouterrequest.h"
#include "network/updatesecuritygrouprequest.h"

#include "networktest.h"

#include <QTest>

using namespace zenith;

namespace {
const QString kPublic = QStringLiteral("f6978496-a8c0-4a0b-aebb-c44a3afe636b");
const QString kPublicSubnet = QStringLiteral("5cea1dc1-4f01-4610-9f18-bb807b404ddb");
const QString kRouter = QStringLiteral("54b1f074-815e-41fb-8eae-a966cd2b8ddb");
const QString kWebGroup = QStringLiteral("6e564ec3-c811-4dce-af12-a120137083d0");
} // namespace

class TestRouterParse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void routerWithGateway()
    {
        NETWORK_PARSED(router, CreateRouterRequest, "router-create.json");
        QCOMPARE(router.id, kRouter);
        // Routers are ACTIVE at once even without an L3 agent.
        QCOMPARE(router.status, QStringLiteral("ACTIVE"));
        QVERIFY(router.externalGateway);
        QCOMPARE(router.externalGateway->networkId, kPublic);
        QCOMPARE(router.externalGateway->enableSnat, std::optional<bool>(true));
        QCOMPARE(router.externalGateway->externalFixedIps.size(), 1);
        QCOMPARE(router.externalGateway->externalFixedIps.first().subnetId, kPublicSubnet);
        QCOMPARE(router.externalGateway->externalFixedIps.first().ipAddress, QStringLiteral("203.0.113.136"));
        QVERIFY(router.routes.isEmpty());

        NETWORK_PARSED(shown, GetRouterRequest, "router-show.json");
        QCOMPARE(shown.externalGateway->externalFixedIps.first().ipAddress, QStringLiteral("203.0.113.136"));
    }

    void routerGatewayClearedAndSetAgain()
    {
        NETWORK_PARSED(cleared, UpdateRouterRequest, "router-update-clear-gateway.json");
        QVERIFY(!cleared.externalGateway);
        NETWORK_PARSED(again, UpdateRouterRequest, "router-update.json");
        QCOMPARE(again.name, QStringLiteral("zenith-capture-2217-r2"));
        QVERIFY(again.externalGateway);
        // A new gateway gets a new address.
        QCOMPARE(again.externalGateway->externalFixedIps.first().ipAddress, QStringLiteral("203.0.113.116"));
    }

    void routerList()
    {
        NETWORK_PARSED(page, ListRoutersRequest, "routers-list.json");
        QCOMPARE(page.items.size(), 2);
        QCOMPARE(page.items.at(1).name, QStringLiteral("router1"));
        QVERIFY(!page.nextMarker);
    }

    void routerInterfaces()
    {
        NETWORK_PARSED(added, AddRouterInterfaceRequest, "router-add-interface.json");
        QCOMPARE(added.routerId, kRouter);
        QCOMPARE(added.subnetId, QStringLiteral("1168e608-73f1-4378-b19a-59c016e1ca8a"));
        QCOMPARE(added.subnetIds, QStringList{added.subnetId});
        QCOMPARE(added.portId, QStringLiteral("e4a908d3-00b9-474e-be4e-ca31131074d9"));
        QCOMPARE(added.projectId, QStringLiteral("0b1fc91c7fa046b1885683c6236fde76"));

        NETWORK_PARSED(removed, RemoveRouterInterfaceRequest, "router-remove-interface.json");
        QCOMPARE(removed.portId, added.portId);

        NETWORK_PARSED(byPort, AddRouterInterfaceRequest, "router-add-interface-port.json");
        QCOMPARE(byPort.portId, QStringLiteral("d802b1f0-ca9e-4a49-8934-d609fd6525ce"));
        QCOMPARE(byPort.subnetId, QStringLiteral("78ee1c6d-b9b4-425f-9f90-e584e7cb5a3f"));
    }

    void floatingIpLifecycle()
    {
        NETWORK_PARSED(created, CreateFloatingIpRequest, "floatingip-create.json");
        QCOMPARE(created.floatingNetworkId, kPublic);
        QVERIFY(created.floatingIpAddress.startsWith(u"203.0.113."));
        QVERIFY(!created.portId);
        QVERIFY(!created.fixedIpAddress);
        QVERIFY(!created.routerId);
        QCOMPARE(created.status, QStringLiteral("DOWN"));
        QCOMPARE(created.description, QStringLiteral("lab"));
        QVERIFY(!created.dnsName); // no dns-integration extension here

        NETWORK_PARSED(associated, UpdateFloatingIpRequest, "floatingip-update-associate.json");
        QCOMPARE(associated.portId, std::optional<QString>(QStringLiteral("7af273c3-d794-4dad-9f71-067374541035")));
        QCOMPARE(associated.fixedIpAddress, std::optional<QString>(QStringLiteral("10.12.3.80")));
        QCOMPARE(associated.routerId, std::optional<QString>(kRouter));
        // Without an L3 agent nothing ever wires it: it stays DOWN.
        QCOMPARE(associated.status, QStringLiteral("DOWN"));

        NETWORK_PARSED(shown, GetFloatingIpRequest, "floatingip-show.json");
        QCOMPARE(shown.portId, associated.portId);
        NETWORK_PARSED(list, ListFloatingIpsRequest, "floatingips-list.json");
        QCOMPARE(list.items.size(), 1);
        QCOMPARE(list.items.first().id, created.id);

        NETWORK_PARSED(released, UpdateFloatingIpRequest, "floatingip-update-disassociate.json");
        QVERIFY(!released.portId);
        QVERIFY(!released.fixedIpAddress);
        QVERIFY(!released.routerId);
    }

    void securityGroupWithDefaultRules()
    {
        NETWORK_PARSED(group, CreateSecurityGroupRequest, "security-group-create.json");
        QCOMPARE(group.id, kWebGroup);
        QCOMPARE(group.description, QStringLiteral("web tier"));
        QCOMPARE(group.stateful, std::optional<bool>(true));
        // A new group allows every egress, IPv4 and IPv6, and nothing in.
        QCOMPARE(group.rules.size(), 2);
        QStringList ethertypes;
        for (const SecurityGroupRule& rule : group.rules) {
            QCOMPARE(rule.direction, QStringLiteral("egress"));
            QCOMPARE(rule.securityGroupId, group.id);
            QVERIFY(!rule.protocol);
            QVERIFY(!rule.portRangeMin);
            QVERIFY(!rule.remoteIpPrefix);
            QVERIFY(!rule.remoteGroupId);
            QVERIFY(rule.description.isEmpty()); // null in these rules
            ethertypes.append(rule.ethertype);
        }
        ethertypes.sort();
        QCOMPARE(ethertypes, (QStringList{QStringLiteral("IPv4"), QStringLiteral("IPv6")}));

        NETWORK_PARSED(shown, GetSecurityGroupRequest, "security-group-show.json");
        QCOMPARE(shown.name, group.name);
        NETWORK_PARSED(updated, UpdateSecurityGroupRequest, "security-group-update.json");
        QCOMPARE(updated.description, QStringLiteral("web tier (80, 443)"));
        NETWORK_PARSED(list, ListSecurityGroupsRequest, "security-groups-list.json");
        QCOMPARE(list.items.size(), 1);
        QCOMPARE(list.items.first().id, kWebGroup);
    }

    void securityGroupRules()
    {
        NETWORK_PARSED(ssh, CreateSecurityGroupRuleRequest, "security-group-rule-create-ssh.json");
        QCOMPARE(ssh.direction, QStringLiteral("ingress"));
        QCOMPARE(ssh.protocol, std::optional<QString>(QStringLiteral("tcp")));
        QCOMPARE(ssh.portRangeMin, std::optional<int>(22));
        QCOMPARE(ssh.portRangeMax, std::optional<int>(22));
        QCOMPARE(ssh.remoteIpPrefix, std::optional<QString>(QStringLiteral("0.0.0.0/0")));
        QCOMPARE(ssh.description, QStringLiteral("ssh"));

        NETWORK_PARSED(icmp, CreateSecurityGroupRuleRequest, "security-group-rule-create-icmp.json");
        QCOMPARE(icmp.protocol, std::optional<QString>(QStringLiteral("icmp")));
        QVERIFY(!icmp.portRangeMin);
        QVERIFY(!icmp.remoteIpPrefix);

        NETWORK_PARSED(mysql, CreateSecurityGroupRuleRequest, "security-group-rule-create-mysql.json");
        QCOMPARE(mysql.portRangeMin, std::optional<int>(3306));
        QCOMPARE(mysql.remoteGroupId, std::optional<QString>(kWebGroup));
        QVERIFY(!mysql.remoteIpPrefix);

        NETWORK_PARSED(dns, CreateSecurityGroupRuleRequest, "security-group-rule-create-dns-udp.json");
        QCOMPARE(dns.protocol, std::optional<QString>(QStringLiteral("udp")));
        QCOMPARE(dns.portRangeMax, std::optional<int>(53));

        NETWORK_PARSED(list, ListSecurityGroupRulesRequest, "security-group-rules-list.json");
        QCOMPARE(list.items.size(), 4); // two egress defaults, 3306 and 53/udp
        for (const SecurityGroupRule& rule : list.items)
            QCOMPARE(rule.securityGroupId, mysql.securityGroupId);
    }

    void deletesAcceptNoContent()
    {
        QVERIFY(DeleteRouterRequest::parse(204, {}).ok());
        QVERIFY(DeleteFloatingIpRequest::parse(204, {}).ok());
        QVERIFY(DeleteSecurityGroupRequest::parse(204, {}).ok());
        QVERIFY(DeleteSecurityGroupRuleRequest::parse(204, {}).ok());
    }

    void refusals()
    {
        ZENITH_JSON_FIXTURE(router, QStringLiteral("network/router-show.json"));
        QJsonObject inner = router.value(u"router").toObject();
        inner.insert(QStringLiteral("external_gateway_info"), QJsonObject{{QStringLiteral("enable_snat"), true}});
        auto broken =
            GetRouterRequest::parse(200, QJsonDocument(QJsonObject{{QStringLiteral("router"), inner}}).toJson());
        QVERIFY(!broken.ok());
        QCOMPARE(broken.error().kind, ApiError::Kind::Parse);
        QCOMPARE(broken.error().message,
                 QStringLiteral("router: router.external_gateway_info: network_id: is missing"));

        auto unwrapped = GetFloatingIpRequest::parse(200, QJsonDocument(router).toJson());
        QCOMPARE(unwrapped.error().message, QStringLiteral("floatingip: is missing"));
        auto notJson = AddRouterInterfaceRequest::parse(200, QByteArrayLiteral("<html>ok</html>"));
        QVERIFY(!notJson.ok());
        QVERIFY(notJson.error().message.startsWith(u"(body): not JSON"));
    }
};

QTEST_GUILESS_MAIN(TestRouterParse)
#include "tst_routerparse.moc"
