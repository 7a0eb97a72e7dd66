// What the router, floating IP and security group request types send: method, path (ids
// percent-encoded), query and the exact JSON body (a cleared gateway, port_id null to disassociate).

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
using zenith::test::QueryItems;

namespace {
const QString kOdd = QStringLiteral("a b/c?d");
const QString kOddEncoded = QStringLiteral("a%20b%2Fc%3Fd");
} // namespace

class TestRouterSpec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void routers()
    {
        ListRoutersRequest list;
        list.name = QStringLiteral("r");
        list.marker = QStringLiteral("m");
        NETWORK_SPEC(list.spec(), "GET", QStringLiteral("routers"),
                     (QueryItems{{QStringLiteral("marker"), QStringLiteral("m")},
                                 {QStringLiteral("name"), QStringLiteral("r")}}),
                     nullptr);
        NETWORK_SPEC(GetRouterRequest{kOdd}.spec(), "GET", QString(u"routers/" + kOddEncoded), QueryItems(), nullptr);
        NETWORK_SPEC(DeleteRouterRequest{kOdd}.spec(), "DELETE", QString(u"routers/" + kOddEncoded), QueryItems(),
                     nullptr);

        CreateRouterRequest create;
        create.name = QStringLiteral("r");
        NETWORK_SPEC(create.spec(), "POST", QStringLiteral("routers"), QueryItems(), R"({"router": {"name": "r"}})");
        create.externalGateway = ExternalGatewayInfo{QStringLiteral("public"), std::nullopt, {}};
        create.adminStateUp = true;
        NETWORK_SPEC(create.spec(), "POST", QStringLiteral("routers"), QueryItems(),
                     R"({"router": {"name": "r", "admin_state_up": true,
                                    "external_gateway_info": {"network_id": "public"}}})");
        create.externalGateway = ExternalGatewayInfo{
            QStringLiteral("public"), false, {{QStringLiteral("ext-sub"), QStringLiteral("203.0.113.9")}}};
        NETWORK_SPEC(create.spec(), "POST", QStringLiteral("routers"), QueryItems(),
                     R"({"router": {"name": "r", "admin_state_up": true, "external_gateway_info": {
                         "network_id": "public", "enable_snat": false,
                         "external_fixed_ips": [{"subnet_id": "ext-sub", "ip_address": "203.0.113.9"}]}}})");
    }

    void routerUpdateSetsAndClearsTheGateway()
    {
        UpdateRouterRequest update;
        update.id = kOdd;
        NETWORK_SPEC(update.spec(), "PUT", QString(u"routers/" + kOddEncoded), QueryItems(), R"({"router": {}})");
        update.externalGateway = clearValue<ExternalGatewayInfo>();
        NETWORK_SPEC(update.spec(), "PUT", QString(u"routers/" + kOddEncoded), QueryItems(),
                     R"({"router": {"external_gateway_info": {}}})");
        update.externalGateway = ExternalGatewayInfo{QStringLiteral("Ext-Net"), std::nullopt, {}};
        update.name = QStringLiteral("r2");
        update.routes = QList<HostRoute>{{QStringLiteral("192.168.0.0/24"), QStringLiteral("10.12.0.5")}};
        NETWORK_SPEC(update.spec(), "PUT", QString(u"routers/" + kOddEncoded), QueryItems(),
                     R"({"router": {"name": "r2", "external_gateway_info": {"network_id": "Ext-Net"},
                         "routes": [{"destination": "192.168.0.0/24", "nexthop": "10.12.0.5"}]}})");
    }

    void routerInterfaces()
    {
        AddRouterInterfaceRequest add;
        add.routerId = kOdd;
        add.subnetId = QStringLiteral("sub");
        NETWORK_SPEC(add.spec(), "PUT", QString(u"routers/" + kOddEncoded + u"/add_router_interface"), QueryItems(),
                     R"({"subnet_id": "sub"})");
        RemoveRouterInterfaceRequest remove;
        remove.routerId = QStringLiteral("r");
        remove.portId = QStringLiteral("p");
        NETWORK_SPEC(remove.spec(), "PUT", QStringLiteral("routers/r/remove_router_interface"), QueryItems(),
                     R"({"port_id": "p"})");
    }

    void floatingIps()
    {
        ListFloatingIpsRequest list;
        list.floatingNetworkId = QStringLiteral("public");
        list.portId = QStringLiteral("p");
        list.status = QStringLiteral("DOWN");
        NETWORK_SPEC(list.spec(), "GET", QStringLiteral("floatingips"),
                     (QueryItems{{QStringLiteral("floating_network_id"), QStringLiteral("public")},
                                 {QStringLiteral("port_id"), QStringLiteral("p")},
                                 {QStringLiteral("status"), QStringLiteral("DOWN")}}),
                     nullptr);
        NETWORK_SPEC(GetFloatingIpRequest{kOdd}.spec(), "GET", QString(u"floatingips/" + kOddEncoded), QueryItems(),
                     nullptr);
        NETWORK_SPEC(DeleteFloatingIpRequest{kOdd}.spec(), "DELETE", QString(u"floatingips/" + kOddEncoded),
                     QueryItems(), nullptr);

        CreateFloatingIpRequest create;
        create.floatingNetworkId = QStringLiteral("public");
        NETWORK_SPEC(create.spec(), "POST", QStringLiteral("floatingips"), QueryItems(),
                     R"({"floatingip": {"floating_network_id": "public"}})");
        create.portId = QStringLiteral("p");
        create.fixedIpAddress = QStringLiteral("10.12.0.7");
        create.description = QStringLiteral("web");
        NETWORK_SPEC(create.spec(), "POST", QStringLiteral("floatingips"), QueryItems(),
                     R"({"floatingip": {"floating_network_id": "public", "port_id": "p",
                                        "fixed_ip_address": "10.12.0.7", "description": "web"}})");
    }

    void floatingIpAssociateAndDisassociate()
    {
        UpdateFloatingIpRequest update;
        update.id = kOdd;
        update.portId = QStringLiteral("p");
        NETWORK_SPEC(update.spec(), "PUT", QString(u"floatingips/" + kOddEncoded), QueryItems(),
                     R"({"floatingip": {"port_id": "p"}})");
        update.portId = clearValue<QString>();
        NETWORK_SPEC(update.spec(), "PUT", QString(u"floatingips/" + kOddEncoded), QueryItems(),
                     R"({"floatingip": {"port_id": null}})");
        update.portId.reset();
        update.description = QString();
        NETWORK_SPEC(update.spec(), "PUT", QString(u"floatingips/" + kOddEncoded), QueryItems(),
                     R"({"floatingip": {"description": ""}})");
    }

    void securityGroups()
    {
        ListSecurityGroupsRequest list;
        list.name = QStringLiteral("web");
        NETWORK_SPEC(list.spec(), "GET", QStringLiteral("security-groups"),
                     (QueryItems{{QStringLiteral("name"), QStringLiteral("web")}}), nullptr);
        NETWORK_SPEC(GetSecurityGroupRequest{kOdd}.spec(), "GET", QString(u"security-groups/" + kOddEncoded),
                     QueryItems(), nullptr);
        NETWORK_SPEC(DeleteSecurityGroupRequest{kOdd}.spec(), "DELETE", QString(u"security-groups/" + kOddEncoded),
                     QueryItems(), nullptr);
        CreateSecurityGroupRequest create;
        create.name = QStringLiteral("web");
        create.description = QStringLiteral("web tier");
        NETWORK_SPEC(create.spec(), "POST", QStringLiteral("security-groups"), QueryItems(),
                     R"({"security_group": {"name": "web", "description": "web tier"}})");
        UpdateSecurityGroupRequest update;
        update.id = QStringLiteral("sg");
        update.stateful = false;
        NETWORK_SPEC(update.spec(), "PUT", QStringLiteral("security-groups/sg"), QueryItems(),
                     R"({"security_group": {"stateful": false}})");
    }

    void securityGroupRules()
    {
        ListSecurityGroupRulesRequest list;
        list.securityGroupId = QStringLiteral("sg");
        list.direction = QStringLiteral("ingress");
        list.limit = 1;
        NETWORK_SPEC(list.spec(), "GET", QStringLiteral("security-group-rules"),
                     (QueryItems{{QStringLiteral("limit"), QStringLiteral("1")},
                                 {QStringLiteral("security_group_id"), QStringLiteral("sg")},
                                 {QStringLiteral("direction"), QStringLiteral("ingress")}}),
                     nullptr);
        NETWORK_SPEC(DeleteSecurityGroupRuleRequest{kOdd}.spec(), "DELETE",
                     QString(u"security-group-rules/" + kOddEncoded), QueryItems(), nullptr);

        CreateSecurityGroupRuleRequest any;
        any.securityGroupId = QStringLiteral("sg");
        NETWORK_SPEC(any.spec(), "POST", QStringLiteral("security-group-rules"), QueryItems(),
                     R"({"security_group_rule": {"security_group_id": "sg", "direction": "ingress",
                                                 "ethertype": "IPv4"}})");
        CreateSecurityGroupRuleRequest mysql = any;
        mysql.protocol = QStringLiteral("tcp");
        mysql.portRangeMin = 3306;
        mysql.portRangeMax = 3306;
        mysql.remoteGroupId = QStringLiteral("web");
        mysql.description = QStringLiteral("db from web");
        NETWORK_SPEC(mysql.spec(), "POST", QStringLiteral("security-group-rules"), QueryItems(),
                     R"({"security_group_rule": {"security_group_id": "sg", "direction": "ingress",
                         "ethertype": "IPv4", "protocol": "tcp", "port_range_min": 3306, "port_range_max": 3306,
                         "remote_group_id": "web", "description": "db from web"}})");
        CreateSecurityGroupRuleRequest egress = any;
        egress.direction = QStringLiteral("egress");
        egress.ethertype = QStringLiteral("IPv6");
        egress.remoteIpPrefix = QStringLiteral("::/0");
        NETWORK_SPEC(egress.spec(), "POST", QStringLiteral("security-group-rules"), QueryItems(),
                     R"({"security_group_rule": {"security_group_id": "sg", "direction": "egress",
                         "ethertype": "IPv6", "remote_ip_prefix": "::/0"}})");
    }
};

QTEST_GUILESS_MAIN(TestRouterSpec)
#include "tst_routerspec.moc"
