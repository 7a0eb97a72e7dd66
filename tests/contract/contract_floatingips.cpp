#include "networksupport.h"

#include "network/addrouterinterfacerequest.h"
#include "network/deletefloatingiprequest.h"
#include "network/getfloatingiprequest.h"
#include "network/listfloatingipsrequest.h"
#include "network/removerouterinterfacerequest.h"
#include "network/updatefloatingiprequest.h"

using namespace zenith;
using namespace zenith::contract;

// Neutron floating IPs from the admin's "public" network: allocated, associated to a lab port
// (behind a router with a gateway on "public"), disassociated, released. Without an L3 agent they
// stay DOWN, associated or not.
class ContractFloatingIps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_public = externalNetworkId(QStringLiteral("public"));
        QVERIFY2(!m_public.isEmpty(), "the dev cloud seeds the external network public");
        auto lab = createLabNetwork(QStringLiteral("fip"));
        CONTRACT_OK(lab);
        m_lab = lab.value();
        CreateRouterRequest router;
        router.name = Harness::instance().uniqueName(QStringLiteral("fip-router"));
        router.externalGateway = ExternalGatewayInfo{m_public, std::nullopt, {}};
        auto created = createRouter(router);
        CONTRACT_OK(created);
        m_router = created->id;
        CONTRACT_OK(call(AddRouterInterfaceRequest{m_router, m_lab.subnet.id, std::nullopt}));
        deferInterfaceRemoval(m_router, m_lab.subnet.id, std::nullopt);
        auto web = createPort(labPort(m_lab, QStringLiteral("web")));
        CONTRACT_OK(web);
        m_web = web.value();
    }

    void allocateAssociateDisassociateRelease()
    {
        auto ip = createFloatingIp(fromPublic(QStringLiteral("lab")));
        CONTRACT_OK(ip);
        QCOMPARE(ip->floatingNetworkId, m_public);
        QVERIFY(ip->floatingIpAddress.startsWith(u"203.0.113."));
        QVERIFY(!ip->portId);
        QVERIFY(!ip->fixedIpAddress);
        QVERIFY(!ip->routerId);
        QCOMPARE(ip->status, QStringLiteral("DOWN"));
        QCOMPARE(ip->description, QStringLiteral("lab"));
        QCOMPARE(ip->projectId, currentProjectId());

        UpdateFloatingIpRequest associate;
        associate.id = ip->id;
        associate.portId = m_web.id;
        auto associated = call(associate);
        CONTRACT_OK(associated);
        QCOMPARE(associated->portId, std::optional<QString>(m_web.id));
        QCOMPARE(associated->fixedIpAddress, std::optional<QString>(m_web.fixedIps.first().ipAddress));
        QCOMPARE(associated->routerId, std::optional<QString>(m_router));
        QCOMPARE(associated->floatingIpAddress, ip->floatingIpAddress);
        ListFloatingIpsRequest byPort;
        byPort.portId = m_web.id;
        auto found = call(byPort);
        CONTRACT_OK(found);
        QCOMPARE(resourceIds(found->items), QStringList{ip->id});

        // The router's interface cannot go while a floating IP needs it.
        auto needed = call(RemoveRouterInterfaceRequest{m_router, m_lab.subnet.id, std::nullopt});
        CONTRACT_FAILS(needed, ApiError::Kind::Conflict, 409);
        QCOMPARE(needed.error().code, QStringLiteral("RouterInterfaceInUseByFloatingIP"));

        UpdateFloatingIpRequest disassociate;
        disassociate.id = ip->id;
        disassociate.portId = clearValue<QString>();
        auto released = call(disassociate);
        CONTRACT_OK(released);
        QVERIFY(!released->portId);
        QVERIFY(!released->fixedIpAddress);
        QVERIFY(!released->routerId);
        auto shown = call(GetFloatingIpRequest{ip->id});
        CONTRACT_OK(shown);
        QVERIFY(!shown->portId);
        QCOMPARE(shown->floatingIpAddress, ip->floatingIpAddress); // kept until released

        CONTRACT_OK(call(DeleteFloatingIpRequest{ip->id}));
        auto gone = call(GetFloatingIpRequest{ip->id});
        CONTRACT_FAILS(gone, ApiError::Kind::NotFound, 404);
        QCOMPARE(gone.error().code, QStringLiteral("FloatingIPNotFound"));
        QCOMPARE(gone.error().message, QStringLiteral("Floating IP %1 could not be found").arg(ip->id));
        CONTRACT_FAILS(call(DeleteFloatingIpRequest{ip->id}), ApiError::Kind::NotFound, 404);
    }

    void allocateStraightToAPortAndPage()
    {
        // A port of its own: what another test left on m_web must not matter here.
        auto app = createPort(labPort(m_lab, QStringLiteral("app")));
        CONTRACT_OK(app);
        CreateFloatingIpRequest toPort = fromPublic(QStringLiteral("direct"));
        toPort.portId = app->id;
        toPort.fixedIpAddress = app->fixedIps.first().ipAddress;
        auto direct = createFloatingIp(toPort);
        CONTRACT_OK(direct);
        QCOMPARE(direct->portId, std::optional<QString>(app->id));
        QCOMPARE(direct->fixedIpAddress, toPort.fixedIpAddress);
        QCOMPARE(direct->routerId, std::optional<QString>(m_router));
        auto spare = createFloatingIp(fromPublic(QStringLiteral("spare")));
        CONTRACT_OK(spare);

        ListFloatingIpsRequest onePerPage;
        onePerPage.floatingNetworkId = m_public;
        onePerPage.limit = 1;
        auto pages = pagesOf(onePerPage);
        CONTRACT_OK(pages);
        bool withinLimit = false;
        const QStringList paged = resourceIds(itemsOf(pages.value(), 1, &withinLimit));
        QVERIFY(withinLimit);
        QCOMPARE(paged.count(direct->id), 1);
        QCOMPARE(paged.count(spare->id), 1);

        // One floating IP per fixed IP and external network.
        UpdateFloatingIpRequest second;
        second.id = spare->id;
        second.portId = app->id;
        auto taken = call(second);
        CONTRACT_FAILS(taken, ApiError::Kind::Conflict, 409);
        QCOMPARE(taken.error().code, QStringLiteral("FloatingIPPortAlreadyAssociated"));
    }

    void portWithoutRouteToPublic()
    {
        auto isolated = createNetwork(QStringLiteral("fip-isolated"));
        CONTRACT_OK(isolated);
        CreateSubnetRequest subnet;
        subnet.networkId = isolated->id;
        subnet.cidr = QStringLiteral("10.20.0.0/24");
        CONTRACT_OK(createSubnet(subnet));
        CreatePortRequest create;
        create.networkId = isolated->id;
        auto port = createPort(create);
        CONTRACT_OK(port);

        CreateFloatingIpRequest unreachable = fromPublic(QStringLiteral("unreachable"));
        unreachable.portId = port->id;
        auto refused = createFloatingIp(unreachable);
        CONTRACT_FAILS(refused, ApiError::Kind::NotFound, 404);
        QCOMPARE(refused.error().code, QStringLiteral("ExternalGatewayForFloatingIPNotFound"));
        QVERIFY2(refused.error().message.startsWith(
                     QStringLiteral("External network %1 is not reachable from subnet").arg(m_public)),
                 qPrintable(refused.error().message));
    }

private:
    CreateFloatingIpRequest fromPublic(const QString& description) const
    {
        CreateFloatingIpRequest create;
        create.floatingNetworkId = m_public;
        create.description = description;
        return create;
    }

    QString m_public;
    QString m_router;
    LabNetwork m_lab;
    Port m_web;
};

ZENITH_CONTRACT_TEST(ContractFloatingIps)
#include "contract_floatingips.moc"
