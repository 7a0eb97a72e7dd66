// What the network, subnet, port and quota request types send: method, path (ids percent-encoded),
// query and the exact JSON body, null and absent told apart.

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

using namespace zenith;
using zenith::test::QueryItems;

namespace {
const QString kOdd = QStringLiteral("a b/c?d"); // an id no real cloud uses, to see the encoding
const QString kOddEncoded = QStringLiteral("a%20b%2Fc%3Fd");
} // namespace

class TestNetworkSpec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void networks()
    {
        NETWORK_SPEC(ListNetworksRequest{}.spec(), "GET", QStringLiteral("networks"), QueryItems(), nullptr);
        ListNetworksRequest list;
        list.limit = 1;
        list.marker = QStringLiteral("m");
        list.routerExternal = true;
        list.name = QStringLiteral("public");
        list.shared = false;
        NETWORK_SPEC(list.spec(), "GET", QStringLiteral("networks"),
                     (QueryItems{{QStringLiteral("limit"), QStringLiteral("1")},
                                 {QStringLiteral("marker"), QStringLiteral("m")},
                                 {QStringLiteral("name"), QStringLiteral("public")},
                                 {QStringLiteral("router:external"), QStringLiteral("true")},
                                 {QStringLiteral("shared"), QStringLiteral("false")}}),
                     nullptr);
        NETWORK_SPEC(GetNetworkRequest{kOdd}.spec(), "GET", QString(u"networks/" + kOddEncoded), QueryItems(), nullptr);
        NETWORK_SPEC(DeleteNetworkRequest{kOdd}.spec(), "DELETE", QString(u"networks/" + kOddEncoded), QueryItems(),
                     nullptr);

        CreateNetworkRequest create;
        create.name = QStringLiteral("lab");
        NETWORK_SPEC(create.spec(), "POST", QStringLiteral("networks"), QueryItems(),
                     R"({"network": {"name": "lab"}})");
        create.description = QStringLiteral("d");
        create.portSecurityEnabled = false;
        create.mtu = 1400;
        create.adminStateUp = true;
        NETWORK_SPEC(create.spec(), "POST", QStringLiteral("networks"), QueryItems(),
                     R"({"network": {"name": "lab", "description": "d", "port_security_enabled": false,
                                     "mtu": 1400, "admin_state_up": true}})");

        UpdateNetworkRequest update;
        update.id = kOdd;
        NETWORK_SPEC(update.spec(), "PUT", QString(u"networks/" + kOddEncoded), QueryItems(), R"({"network": {}})");
        update.name = QString();
        update.description = QString();
        NETWORK_SPEC(update.spec(), "PUT", QString(u"networks/" + kOddEncoded), QueryItems(),
                     R"({"network": {"name": "", "description": ""}})");
    }

    void subnetCreateForTheLab()
    {
        CreateSubnetRequest create;
        create.networkId = QStringLiteral("net");
        create.cidr = QStringLiteral("10.12.0.0/16");
        NETWORK_SPEC(create.spec(), "POST", QStringLiteral("subnets"), QueryItems(),
                     R"({"subnet": {"network_id": "net", "cidr": "10.12.0.0/16", "ip_version": 4}})");

        create.name = QStringLiteral("lab");
        create.gatewayIp = QStringLiteral("10.12.0.1");
        create.allocationPools = QList<AllocationPool>{{QStringLiteral("10.12.0.10"), QStringLiteral("10.12.255.250")}};
        create.dnsNameservers = QStringList{QStringLiteral("1.1.1.1"), QStringLiteral("9.9.9.9")};
        create.hostRoutes = QList<HostRoute>{{QStringLiteral("192.168.50.0/24"), QStringLiteral("10.12.0.254")}};
        create.enableDhcp = false;
        NETWORK_SPEC(create.spec(), "POST", QStringLiteral("subnets"), QueryItems(),
                     R"({"subnet": {"network_id": "net", "cidr": "10.12.0.0/16", "ip_version": 4, "name": "lab",
                         "gateway_ip": "10.12.0.1",
                         "allocation_pools": [{"start": "10.12.0.10", "end": "10.12.255.250"}],
                         "dns_nameservers": ["1.1.1.1", "9.9.9.9"],
                         "host_routes": [{"destination": "192.168.50.0/24", "nexthop": "10.12.0.254"}],
                         "enable_dhcp": false}})");
    }

    void subnetGatewayNullVersusAbsent()
    {
        CreateSubnetRequest create;
        create.networkId = QStringLiteral("net");
        create.cidr = QStringLiteral("fd00::/64");
        create.ipVersion = 6;
        create.gatewayIp = clearValue<QString>();
        create.ipv6RaMode = QStringLiteral("slaac");
        create.ipv6AddressMode = QStringLiteral("slaac");
        NETWORK_SPEC(create.spec(), "POST", QStringLiteral("subnets"), QueryItems(),
                     R"({"subnet": {"network_id": "net", "cidr": "fd00::/64", "ip_version": 6, "gateway_ip": null,
                         "ipv6_ra_mode": "slaac", "ipv6_address_mode": "slaac"}})");

        UpdateSubnetRequest update;
        update.id = QStringLiteral("sub");
        NETWORK_SPEC(update.spec(), "PUT", QStringLiteral("subnets/sub"), QueryItems(), R"({"subnet": {}})");
        update.gatewayIp = clearValue<QString>();
        update.dnsNameservers = QStringList();
        update.allocationPools = QList<AllocationPool>();
        NETWORK_SPEC(update.spec(), "PUT", QStringLiteral("subnets/sub"), QueryItems(),
                     R"({"subnet": {"gateway_ip": null, "dns_nameservers": [], "allocation_pools": []}})");
        update.gatewayIp = QStringLiteral("10.12.0.254");
        update.hostRoutes = QList<HostRoute>();
        update.enableDhcp = true;
        update.dnsNameservers.reset();
        update.allocationPools.reset();
        NETWORK_SPEC(update.spec(), "PUT", QStringLiteral("subnets/sub"), QueryItems(),
                     R"({"subnet": {"gateway_ip": "10.12.0.254", "host_routes": [], "enable_dhcp": true}})");
    }

    void subnetListGetDelete()
    {
        ListSubnetsRequest list;
        list.networkId = QStringLiteral("net");
        list.ipVersion = 4;
        list.cidr = QStringLiteral("10.12.0.0/16");
        NETWORK_SPEC(list.spec(), "GET", QStringLiteral("subnets"),
                     (QueryItems{{QStringLiteral("network_id"), QStringLiteral("net")},
                                 {QStringLiteral("cidr"), QStringLiteral("10.12.0.0/16")},
                                 {QStringLiteral("ip_version"), QStringLiteral("4")}}),
                     nullptr);
        NETWORK_SPEC(GetSubnetRequest{kOdd}.spec(), "GET", QString(u"subnets/" + kOddEncoded), QueryItems(), nullptr);
        NETWORK_SPEC(DeleteSubnetRequest{kOdd}.spec(), "DELETE", QString(u"subnets/" + kOddEncoded), QueryItems(),
                     nullptr);
    }

    void portListFilters()
    {
        ListPortsRequest list;
        list.networkId = QStringLiteral("net");
        list.deviceId = QStringLiteral("router");
        list.deviceOwner = QStringLiteral("network:router_interface");
        list.ipAddress = QStringLiteral("10.12.0.1");
        list.subnetId = QStringLiteral("sub");
        list.name = QStringLiteral("lb");
        list.limit = 2;
        NETWORK_SPEC(list.spec(), "GET", QStringLiteral("ports"),
                     (QueryItems{{QStringLiteral("limit"), QStringLiteral("2")},
                                 {QStringLiteral("network_id"), QStringLiteral("net")},
                                 {QStringLiteral("device_id"), QStringLiteral("router")},
                                 {QStringLiteral("device_owner"), QStringLiteral("network:router_interface")},
                                 {QStringLiteral("name"), QStringLiteral("lb")},
                                 {QStringLiteral("fixed_ips"), QStringLiteral("ip_address=10.12.0.1")},
                                 {QStringLiteral("fixed_ips"), QStringLiteral("subnet_id=sub")}}),
                     nullptr);
        NETWORK_SPEC(GetPortRequest{kOdd}.spec(), "GET", QString(u"ports/" + kOddEncoded), QueryItems(), nullptr);
        NETWORK_SPEC(DeletePortRequest{kOdd}.spec(), "DELETE", QString(u"ports/" + kOddEncoded), QueryItems(), nullptr);
    }

    void portCreate()
    {
        CreatePortRequest create;
        create.networkId = QStringLiteral("net");
        NETWORK_SPEC(create.spec(), "POST", QStringLiteral("ports"), QueryItems(),
                     R"({"port": {"network_id": "net"}})");
        create.name = QStringLiteral("lb");
        create.fixedIps = QList<PortFixedIp>{{QStringLiteral("sub"), QStringLiteral("10.12.0.1")},
                                             {QStringLiteral("sub2"), QString()}};
        create.securityGroups = QStringList{QStringLiteral("sg")};
        create.allowedAddressPairs = QList<AllowedAddressPair>{{QStringLiteral("0.0.0.0/0"), QString()},
                                                               {QStringLiteral("10.0.0.5"), QStringLiteral("fa:16")}};
        create.description = QStringLiteral("nat");
        NETWORK_SPEC(create.spec(), "POST", QStringLiteral("ports"), QueryItems(),
                     R"({"port": {"network_id": "net", "name": "lb", "description": "nat",
                         "fixed_ips": [{"subnet_id": "sub", "ip_address": "10.12.0.1"}, {"subnet_id": "sub2"}],
                         "security_groups": ["sg"],
                         "allowed_address_pairs": [{"ip_address": "0.0.0.0/0"},
                                                   {"ip_address": "10.0.0.5", "mac_address": "fa:16"}]}})");
    }

    void portUpdateReplacesLists()
    {
        UpdatePortRequest update;
        update.id = kOdd;
        NETWORK_SPEC(update.spec(), "PUT", QString(u"ports/" + kOddEncoded), QueryItems(), R"({"port": {}})");
        // `openstack port set --fixed-ip subnet=sub,ip-address=10.12.0.1`: the whole new list.
        update.fixedIps = QList<PortFixedIp>{{QStringLiteral("sub"), QStringLiteral("10.12.0.1")}};
        NETWORK_SPEC(update.spec(), "PUT", QString(u"ports/" + kOddEncoded), QueryItems(),
                     R"({"port": {"fixed_ips": [{"subnet_id": "sub", "ip_address": "10.12.0.1"}]}})");
        // Port security off: groups and pairs must go in the same call.
        update.fixedIps.reset();
        update.portSecurityEnabled = false;
        update.securityGroups = QStringList();
        update.allowedAddressPairs = QList<AllowedAddressPair>();
        update.name = QStringLiteral("nat");
        update.adminStateUp = false;
        NETWORK_SPEC(update.spec(), "PUT", QString(u"ports/" + kOddEncoded), QueryItems(),
                     R"({"port": {"port_security_enabled": false, "security_groups": [], "allowed_address_pairs": [],
                         "name": "nat", "admin_state_up": false}})");
    }

    void quota()
    {
        NETWORK_SPEC(GetNetworkQuotaRequest{QStringLiteral("0b1fc91c7fa046b1885683c6236fde76")}.spec(), "GET",
                     QStringLiteral("quotas/0b1fc91c7fa046b1885683c6236fde76/details.json"), QueryItems(), nullptr);
        NETWORK_SPEC(GetNetworkQuotaRequest{kOdd}.spec(), "GET", QString(u"quotas/" + kOddEncoded + u"/details.json"),
                     QueryItems(), nullptr);
    }
};

QTEST_GUILESS_MAIN(TestNetworkSpec)
#include "tst_networkspec.moc"
