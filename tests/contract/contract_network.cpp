#include "networksupport.h"

#include "network/deletenetworkrequest.h"
#include "network/deletesubnetrequest.h"
#include "network/getnetworkquotarequest.h"
#include "network/getnetworkrequest.h"
#include "network/getsubnetrequest.h"
#include "network/listnetworksrequest.h"
#include "network/listsubnetsrequest.h"
#include "network/updatenetworkrequest.h"
#include "network/updatesubnetrequest.h"

using namespace zenith;
using namespace zenith::contract;

// Neutron networks and subnets, built the way the lab builds them, and the errors its wizard
// shows: bad CIDR, overlapping subnet, gateway inside the pool, and 404s. Ports, routers and
// security groups have their own classes (contract_ports.cpp, contract_routers.cpp,
// contract_securitygroups.cpp).
class ContractNetwork : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void externalNetworksAreListed()
    {
        ListNetworksRequest external;
        external.routerExternal = true;
        auto found = call(external);
        CONTRACT_OK(found);
        QStringList names;
        for (const Network& n : found->items) {
            QVERIFY2(n.routerExternal, qPrintable(n.name));
            names.append(n.name);
        }
        QVERIFY2(names.contains(QStringLiteral("public")) && names.contains(QStringLiteral("Ext-Net")),
                 qPrintable(names.join(u',')));

        const QString publicId = externalNetworkId(QStringLiteral("public"));
        auto shown = call(GetNetworkRequest{publicId});
        CONTRACT_OK(shown);
        QVERIFY(shown->routerExternal);
        QCOMPARE(shown->isDefault, std::optional<bool>(false));
        QCOMPARE(shown->subnets.size(), 1);
        // The admin's network: the demo project sees it without owning it.
        QVERIFY(shown->projectId != currentProjectId());
    }

    void networkLifecycle()
    {
        auto first = createNetwork(QStringLiteral("net-a"));
        CONTRACT_OK(first);
        QCOMPARE(first->status, QStringLiteral("ACTIVE"));
        QVERIFY(!first->routerExternal);
        QVERIFY(!first->shared);
        QVERIFY(first->subnets.isEmpty());
        QCOMPARE(first->projectId, currentProjectId());
        QCOMPARE(first->portSecurityEnabled, std::optional<bool>(true));
        auto second = createNetwork(QStringLiteral("net-b"));
        CONTRACT_OK(second);

        ListNetworksRequest byName;
        byName.name = first->name;
        auto listed = call(byName);
        CONTRACT_OK(listed);
        QCOMPARE(resourceIds(listed->items), QStringList{first->id});

        ListNetworksRequest onePerPage;
        onePerPage.limit = 1;
        onePerPage.projectId = currentProjectId();
        auto pages = pagesOf(onePerPage);
        CONTRACT_OK(pages);
        bool withinLimit = false;
        const QStringList paged = resourceIds(itemsOf(pages.value(), 1, &withinLimit));
        QVERIFY(withinLimit);
        QVERIFY(pages->size() >= 2);
        QCOMPARE(paged.count(first->id), 1);
        QCOMPARE(paged.count(second->id), 1);
        QCOMPARE(QSet<QString>(paged.begin(), paged.end()).size(), paged.size());

        UpdateNetworkRequest update;
        update.id = first->id;
        update.name = first->name + QStringLiteral("-renamed");
        update.description = QStringLiteral("lab network");
        update.mtu = 1400;
        auto updated = call(update);
        CONTRACT_OK(updated);
        QCOMPARE(updated->name, *update.name);
        auto shown = call(GetNetworkRequest{first->id});
        CONTRACT_OK(shown);
        QCOMPARE(shown->name, *update.name);
        QCOMPARE(shown->description, QStringLiteral("lab network"));
        QCOMPARE(shown->mtu, std::optional<int>(1400));

        CONTRACT_OK(call(DeleteNetworkRequest{first->id}));
        auto gone = call(GetNetworkRequest{first->id});
        CONTRACT_FAILS(gone, ApiError::Kind::NotFound, 404);
        QCOMPARE(gone.error().code, QStringLiteral("NetworkNotFound"));
        QCOMPARE(gone.error().message, QStringLiteral("Network %1 could not be found.").arg(first->id));
        CONTRACT_FAILS(call(DeleteNetworkRequest{first->id}), ApiError::Kind::NotFound, 404);
    }

    void labSubnetLifecycle()
    {
        auto network = createNetwork(QStringLiteral("lab"));
        CONTRACT_OK(network);
        auto subnet = createSubnet(labSubnet(network->id));
        CONTRACT_OK(subnet);
        QCOMPARE(subnet->cidr, QStringLiteral("10.12.0.0/16"));
        QCOMPARE(subnet->gatewayIp, std::optional<QString>(QStringLiteral("10.12.0.1")));
        QCOMPARE(subnet->allocationPools.size(), 1);
        QCOMPARE(subnet->allocationPools.first().start, QStringLiteral("10.12.0.10"));
        QCOMPARE(subnet->allocationPools.first().end, QStringLiteral("10.12.255.250"));
        QCOMPARE(subnet->dnsNameservers, (QStringList{QStringLiteral("1.1.1.1"), QStringLiteral("9.9.9.9")}));
        QCOMPARE(subnet->hostRoutes.size(), 1);
        QCOMPARE(subnet->hostRoutes.first().nexthop, QStringLiteral("10.12.0.254"));
        QVERIFY(!subnet->enableDhcp);

        // "No gateway" is JSON null: Neutron then hands out the first address too.
        CreateSubnetRequest noGateway;
        noGateway.networkId = network->id;
        noGateway.cidr = QStringLiteral("10.13.0.0/24");
        noGateway.gatewayIp = clearValue<QString>();
        auto isolated = createSubnet(noGateway);
        CONTRACT_OK(isolated);
        QVERIFY(!isolated->gatewayIp);
        QCOMPARE(isolated->allocationPools.first().start, QStringLiteral("10.13.0.1"));
        QVERIFY(isolated->enableDhcp);

        auto withSubnets = call(GetNetworkRequest{network->id});
        CONTRACT_OK(withSubnets);
        QCOMPARE(QSet<QString>(withSubnets->subnets.begin(), withSubnets->subnets.end()),
                 (QSet<QString>{subnet->id, isolated->id}));

        ListSubnetsRequest onePerPage;
        onePerPage.networkId = network->id;
        onePerPage.limit = 1;
        auto pages = pagesOf(onePerPage);
        CONTRACT_OK(pages);
        bool withinLimit = false;
        QStringList paged = resourceIds(itemsOf(pages.value(), 1, &withinLimit));
        QVERIFY(withinLimit);
        paged.sort();
        QStringList expected{subnet->id, isolated->id};
        expected.sort();
        QCOMPARE(paged, expected);

        checkSubnetUpdate(subnet.value());
        if (QTest::currentTestFailed())
            return;

        CONTRACT_OK(call(DeleteSubnetRequest{isolated->id}));
        auto gone = call(GetSubnetRequest{isolated->id});
        CONTRACT_FAILS(gone, ApiError::Kind::NotFound, 404);
        QCOMPARE(gone.error().code, QStringLiteral("SubnetNotFound"));
        QCOMPARE(gone.error().message, QStringLiteral("Subnet %1 could not be found.").arg(isolated->id));
        ListSubnetsRequest left;
        left.networkId = network->id;
        auto remaining = call(left);
        CONTRACT_OK(remaining);
        QCOMPARE(resourceIds(remaining->items), QStringList{subnet->id});
    }

    void subnetErrors()
    {
        auto network = createNetwork(QStringLiteral("errors"));
        CONTRACT_OK(network);
        auto lab = createSubnet(labSubnet(network->id));
        CONTRACT_OK(lab);

        CreateSubnetRequest bad;
        bad.networkId = network->id;
        bad.cidr = QStringLiteral("10.12.0.0/33");
        auto badCidr = createSubnet(bad);
        CONTRACT_FAILS(badCidr, ApiError::Kind::BadRequest, 400);
        QCOMPARE(badCidr.error().code, QStringLiteral("InvalidInput"));
        QCOMPARE(badCidr.error().message,
                 QStringLiteral("Invalid input for operation: 10.12.0.0/33 is not in a CIDR format."));

        bad.cidr = QStringLiteral("10.12.5.0/24");
        auto overlap = createSubnet(bad);
        CONTRACT_FAILS(overlap, ApiError::Kind::BadRequest, 400);
        QCOMPARE(overlap.error().code, QStringLiteral("InvalidInput"));
        QCOMPARE(overlap.error().message, QStringLiteral("Invalid input for operation: Requested subnet with cidr: "
                                                         "10.12.5.0/24 for network: %1 overlaps with another subnet.")
                                              .arg(network->id));

        // Neutron answers 409, not 400, for a gateway inside the pool.
        bad.cidr = QStringLiteral("10.14.0.0/24");
        bad.gatewayIp = QStringLiteral("10.14.0.20");
        bad.allocationPools = QList<AllocationPool>{{QStringLiteral("10.14.0.10"), QStringLiteral("10.14.0.100")}};
        auto conflict = createSubnet(bad);
        CONTRACT_FAILS(conflict, ApiError::Kind::Conflict, 409);
        QCOMPARE(conflict.error().code, QStringLiteral("GatewayConflictWithAllocationPools"));
        QCOMPARE(conflict.error().message,
                 QStringLiteral("Gateway ip 10.14.0.20 conflicts with allocation pool 10.14.0.10-10.14.0.100."));

        ListSubnetsRequest all;
        all.networkId = network->id;
        auto subnets = call(all);
        CONTRACT_OK(subnets);
        QCOMPARE(resourceIds(subnets->items), QStringList{lab->id});
        CONTRACT_FAILS(call(DeleteSubnetRequest{QStringLiteral("00000000-0000-0000-0000-000000000000")}),
                       ApiError::Kind::NotFound, 404);
    }

    void quotaCountsTheProjectsNetworks()
    {
        const QString project = currentProjectId();
        auto before = call(GetNetworkQuotaRequest{project});
        CONTRACT_OK(before);
        QVERIFY(before->networks.limit > 0);
        QVERIFY(before->securityGroups.used >= 1); // the default group
        QVERIFY(before->all.contains(QStringLiteral("rbac_policy")));

        auto network = createNetwork(QStringLiteral("quota"));
        CONTRACT_OK(network);
        // Other engineers share the project: compare with the list read at the same moment, twice at most.
        for (int attempt = 0; attempt < 2; ++attempt) {
            auto quota = call(GetNetworkQuotaRequest{project});
            CONTRACT_OK(quota);
            ListNetworksRequest own;
            own.projectId = project;
            auto owned = callAll(own);
            CONTRACT_OK(owned);
            QVERIFY(resourceIds(owned.value()).contains(network->id));
            if (quota->networks.used == owned->size() || attempt == 1) {
                QCOMPARE(quota->networks.used, int(owned->size()));
                break;
            }
        }
        auto foreign = call(GetNetworkQuotaRequest{QStringLiteral("not-my-project")});
        CONTRACT_FAILS(foreign, ApiError::Kind::Forbidden, 403);
        QCOMPARE(foreign.error().code, QStringLiteral("AdminRequired"));
    }

    void quotaExceeded()
    {
        QSKIP("Neutron's quotas can be lowered by an admin only, and the demo project is shared with the "
              "other areas' tests: filling a quota (10 routers or 10 security groups) would break them. "
              "tests/data/errors/error-neutron-409-overquota.json covers the body.");
    }

private:
    void checkSubnetUpdate(const Subnet& subnet)
    {
        UpdateSubnetRequest update;
        update.id = subnet.id;
        update.dnsNameservers = QStringList{QStringLiteral("9.9.9.9")};
        update.hostRoutes = QList<HostRoute>();
        update.description = QStringLiteral("lab subnet");
        update.gatewayIp = clearValue<QString>();
        auto updated = call(update);
        CONTRACT_OK(updated);
        auto shown = call(GetSubnetRequest{subnet.id});
        CONTRACT_OK(shown);
        QCOMPARE(shown->dnsNameservers, QStringList{QStringLiteral("9.9.9.9")});
        QVERIFY(shown->hostRoutes.isEmpty());
        QCOMPARE(shown->description, QStringLiteral("lab subnet"));
        QVERIFY(!shown->gatewayIp);
        // The pool is not widened when the gateway goes.
        QCOMPARE(shown->allocationPools.first().start, QStringLiteral("10.12.0.10"));

        update = UpdateSubnetRequest{};
        update.id = subnet.id;
        update.gatewayIp = QStringLiteral("10.12.0.1");
        auto restored = call(update);
        CONTRACT_OK(restored);
        QCOMPARE(restored->gatewayIp, std::optional<QString>(QStringLiteral("10.12.0.1")));
        QCOMPARE(restored->dnsNameservers, QStringList{QStringLiteral("9.9.9.9")});
    }
};

ZENITH_CONTRACT_TEST(ContractNetwork)
#include "contract_network.moc"
