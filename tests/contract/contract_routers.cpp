#include "networksupport.h"

#include "network/addrouterinterfacerequest.h"
#include "network/deleterouterrequest.h"
#include "network/deletesubnetrequest.h"
#include "network/getnetworkrequest.h"
#include "network/getportrequest.h"
#include "network/getrouterrequest.h"
#include "network/listportsrequest.h"
#include "network/listroutersrequest.h"
#include "network/removerouterinterfacerequest.h"
#include "network/updaterouterrequest.h"

using namespace zenith;
using namespace zenith::contract;

// Neutron routers: a gateway on the admin's external networks ("public", "Ext-Net"), set, moved and
// cleared; interfaces on the lab's subnet, by subnet and by port. No L3 agent runs on the dev
// cloud: routers say ACTIVE at once, their ports stay DOWN. Floating IPs: contract_floatingips.cpp.
class ContractRouters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_public = externalNetworkId(QStringLiteral("public"));
        m_extNet = externalNetworkId(QStringLiteral("Ext-Net"));
        QVERIFY2(!m_public.isEmpty() && !m_extNet.isEmpty(), "the dev cloud seeds public and Ext-Net");
    }

    void routerLifecycle()
    {
        auto withGateway = createRouter(routerTo(QStringLiteral("r-gw"), m_public));
        CONTRACT_OK(withGateway);
        QCOMPARE(withGateway->status, QStringLiteral("ACTIVE"));
        QVERIFY(withGateway->externalGateway);
        QCOMPARE(withGateway->externalGateway->networkId, m_public);
        QCOMPARE(withGateway->externalGateway->enableSnat, std::optional<bool>(true));
        auto publicNet = call(GetNetworkRequest{m_public});
        CONTRACT_OK(publicNet);
        QCOMPARE(withGateway->externalGateway->externalFixedIps.size(), 1);
        QCOMPARE(withGateway->externalGateway->externalFixedIps.first().subnetId, publicNet->subnets.first());
        QVERIFY(withGateway->externalGateway->externalFixedIps.first().ipAddress.startsWith(u"203.0.113."));

        auto bare = createRouter(routerTo(QStringLiteral("r-bare"), QString()));
        CONTRACT_OK(bare);
        QVERIFY(!bare->externalGateway);

        ListRoutersRequest onePerPage;
        onePerPage.limit = 1;
        onePerPage.projectId = currentProjectId();
        auto pages = pagesOf(onePerPage);
        CONTRACT_OK(pages);
        bool withinLimit = false;
        const QStringList paged = resourceIds(itemsOf(pages.value(), 1, &withinLimit));
        QVERIFY(withinLimit);
        QCOMPARE(paged.count(withGateway->id), 1);
        QCOMPARE(paged.count(bare->id), 1);
        ListRoutersRequest byName;
        byName.name = bare->name;
        auto named = call(byName);
        CONTRACT_OK(named);
        QCOMPARE(resourceIds(named->items), QStringList{bare->id});

        auto shown = call(GetRouterRequest{withGateway->id});
        CONTRACT_OK(shown);
        QCOMPARE(shown->externalGateway->externalFixedIps.first().ipAddress,
                 withGateway->externalGateway->externalFixedIps.first().ipAddress);

        CONTRACT_OK(call(DeleteRouterRequest{bare->id}));
        auto gone = call(GetRouterRequest{bare->id});
        CONTRACT_FAILS(gone, ApiError::Kind::NotFound, 404);
        QCOMPARE(gone.error().code, QStringLiteral("RouterNotFound"));
        QCOMPARE(gone.error().message, QStringLiteral("Router %1 could not be found").arg(bare->id));
    }

    void gatewayIsClearedMovedAndSnatIsAdminOnly()
    {
        auto router = createRouter(routerTo(QStringLiteral("r-move"), m_public));
        CONTRACT_OK(router);

        UpdateRouterRequest clear;
        clear.id = router->id;
        clear.externalGateway = clearValue<ExternalGatewayInfo>();
        clear.description = QStringLiteral("no gateway");
        auto cleared = call(clear);
        CONTRACT_OK(cleared);
        QVERIFY(!cleared->externalGateway);
        auto shown = call(GetRouterRequest{router->id});
        CONTRACT_OK(shown);
        QVERIFY(!shown->externalGateway);
        QCOMPARE(shown->description, QStringLiteral("no gateway"));

        UpdateRouterRequest move;
        move.id = router->id;
        move.externalGateway = ExternalGatewayInfo{m_extNet, std::nullopt, {}};
        auto moved = call(move);
        CONTRACT_OK(moved);
        QCOMPARE(moved->externalGateway->networkId, m_extNet);
        QVERIFY(moved->externalGateway->externalFixedIps.first().ipAddress.startsWith(u"198.51.100."));

        UpdateRouterRequest noSnat;
        noSnat.id = router->id;
        noSnat.externalGateway = ExternalGatewayInfo{m_extNet, false, {}};
        auto refused = call(noSnat);
        CONTRACT_FAILS(refused, ApiError::Kind::Forbidden, 403);
        QCOMPARE(refused.error().code, QStringLiteral("PolicyNotAuthorized"));
        QVERIFY2(refused.error().message.contains(u"update_router:external_gateway_info:enable_snat"),
                 qPrintable(refused.error().message));
        auto unchanged = call(GetRouterRequest{router->id});
        CONTRACT_OK(unchanged);
        QCOMPARE(unchanged->externalGateway->enableSnat, std::optional<bool>(true));

        CreateRouterRequest snatAtCreation = routerTo(QStringLiteral("r-snat"), m_public);
        snatAtCreation.externalGateway->enableSnat = false;
        CONTRACT_FAILS(createRouter(snatAtCreation), ApiError::Kind::Forbidden, 403);
    }

    void interfaceOnTheLabSubnet()
    {
        auto lab = createLabNetwork(QStringLiteral("r-lab"));
        CONTRACT_OK(lab);
        auto router = createRouter(routerTo(QStringLiteral("r-if"), m_public));
        CONTRACT_OK(router);

        auto added = call(AddRouterInterfaceRequest{router->id, lab->subnet.id, std::nullopt});
        CONTRACT_OK(added);
        deferInterfaceRemoval(router->id, lab->subnet.id, std::nullopt);
        QCOMPARE(added->routerId, router->id);
        QCOMPARE(added->subnetId, lab->subnet.id);
        QCOMPARE(added->networkId, lab->network.id);

        ListPortsRequest routerPorts;
        routerPorts.deviceId = router->id;
        routerPorts.deviceOwner = QStringLiteral("network:router_interface");
        auto ports = call(routerPorts);
        CONTRACT_OK(ports);
        QCOMPARE(resourceIds(ports->items), QStringList{added->portId});
        const Port& port = ports->items.first();
        QCOMPARE(port.fixedIps.first().ipAddress, QStringLiteral("10.12.0.1")); // the subnet's gateway
        QCOMPARE(port.status, QStringLiteral("DOWN"));                          // no L3 agent

        auto twice = call(AddRouterInterfaceRequest{router->id, lab->subnet.id, std::nullopt});
        CONTRACT_FAILS(twice, ApiError::Kind::BadRequest, 400);
        QCOMPARE(twice.error().message,
                 QStringLiteral("Bad router request: Router already has a port on subnet %1.").arg(lab->subnet.id));
        auto routerInUse = call(DeleteRouterRequest{router->id});
        CONTRACT_FAILS(routerInUse, ApiError::Kind::Conflict, 409);
        QCOMPARE(routerInUse.error().code, QStringLiteral("RouterInUse"));
        QCOMPARE(routerInUse.error().message,
                 QStringLiteral("Router %1 has ports still attached: %2").arg(router->id, added->portId));
        auto subnetInUse = call(DeleteSubnetRequest{lab->subnet.id});
        CONTRACT_FAILS(subnetInUse, ApiError::Kind::Conflict, 409);
        QCOMPARE(subnetInUse.error().code, QStringLiteral("SubnetInUse"));

        auto removed = call(RemoveRouterInterfaceRequest{router->id, lab->subnet.id, std::nullopt});
        CONTRACT_OK(removed);
        QCOMPARE(removed->portId, added->portId);
        CONTRACT_FAILS(call(GetPortRequest{added->portId}), ApiError::Kind::NotFound, 404);
        auto notThere = call(RemoveRouterInterfaceRequest{router->id, lab->subnet.id, std::nullopt});
        CONTRACT_FAILS(notThere, ApiError::Kind::NotFound, 404);
        QCOMPARE(notThere.error().code, QStringLiteral("RouterInterfaceNotFoundForSubnet"));
    }

    void interfaceThroughOwnPort()
    {
        auto lab = createLabNetwork(QStringLiteral("r-port"));
        CONTRACT_OK(lab);
        auto router = createRouter(routerTo(QStringLiteral("r-port"), QString()));
        CONTRACT_OK(router);
        CreatePortRequest own;
        own.networkId = lab->network.id;
        own.fixedIps = QList<PortFixedIp>{{lab->subnet.id, QStringLiteral("10.12.0.5")}};
        auto port = createPort(own);
        CONTRACT_OK(port);

        auto added = call(AddRouterInterfaceRequest{router->id, std::nullopt, port->id});
        CONTRACT_OK(added);
        deferInterfaceRemoval(router->id, std::nullopt, port->id);
        QCOMPARE(added->portId, port->id);
        QCOMPARE(added->subnetId, lab->subnet.id);
        auto owned = call(GetPortRequest{port->id});
        CONTRACT_OK(owned);
        QCOMPARE(owned->deviceId, router->id);
        QCOMPARE(owned->deviceOwner, QStringLiteral("network:router_interface"));

        // Removing an interface deletes its port, even one we created.
        CONTRACT_OK(call(RemoveRouterInterfaceRequest{router->id, std::nullopt, port->id}));
        CONTRACT_FAILS(call(GetPortRequest{port->id}), ApiError::Kind::NotFound, 404);
        auto missing = call(RemoveRouterInterfaceRequest{router->id, std::nullopt, port->id});
        CONTRACT_FAILS(missing, ApiError::Kind::NotFound, 404);
        QCOMPARE(missing.error().code, QStringLiteral("RouterInterfaceNotFound"));
        CONTRACT_OK(call(DeleteRouterRequest{router->id}));
    }

private:
    static CreateRouterRequest routerTo(const QString& what, const QString& externalNetwork)
    {
        CreateRouterRequest create;
        create.name = Harness::instance().uniqueName(what);
        if (!externalNetwork.isEmpty())
            create.externalGateway = ExternalGatewayInfo{externalNetwork, std::nullopt, {}};
        return create;
    }

    QString m_public;
    QString m_extNet;
};

ZENITH_CONTRACT_TEST(ContractRouters)
#include "contract_routers.moc"
