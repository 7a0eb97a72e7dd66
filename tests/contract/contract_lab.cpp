#include "networksupport.h"
#include "serversupport.h"

#include "compute/createkeypairrequest.h"
#include "compute/createservergrouprequest.h"
#include "compute/deletekeypairrequest.h"
#include "compute/deleteservergrouprequest.h"
#include "compute/getservergrouprequest.h"
#include "compute/getserverrequest.h"
#include "compute/listserverinterfacesrequest.h"
#include "network/addrouterinterfacerequest.h"
#include "network/createrouterrequest.h"
#include "network/getportrequest.h"
#include "network/listportsrequest.h"

#include <QFile>

using namespace zenith;
using namespace zenith::contract;

namespace {

const QString kGateway = QStringLiteral("10.12.0.1");

QStringList portIds(const Page<Port>& page)
{
    QStringList ids = resourceIds(page.items);
    ids.sort();
    return ids;
}

QStringList sortedPair(const QString& a, const QString& b)
{
    QStringList ids{a, b};
    ids.sort();
    return ids;
}

} // namespace

// The lab's topology across services: what Nova does to Neutron ports it is given, a floating IP
// on a server's port, the scheduler's server-group policies on a one-host cloud, key pairs on
// servers. Each service's own calls are in the other classes; these are the seams between them.
class ContractLabTopology : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_image = lookupId(ServiceType::Image, QStringLiteral("images?name=tiny"), QStringLiteral("images"),
                           QStringLiteral("tiny"));
        m_flavor = lookupId(ServiceType::Compute, QStringLiteral("flavors"), QStringLiteral("flavors"),
                            QStringLiteral("m1.nano"));
        m_private = lookupId(ServiceType::Network, QStringLiteral("networks?name=private"), QStringLiteral("networks"),
                             QStringLiteral("private"));
        m_extNet = externalNetworkId(QStringLiteral("Ext-Net"));
        m_public = externalNetworkId(QStringLiteral("public"));
        if (m_image.isEmpty() || m_flavor.isEmpty() || m_private.isEmpty() || m_extNet.isEmpty() || m_public.isEmpty())
            QSKIP("this cloud lacks the image tiny, flavor m1.nano or networks private, Ext-Net and public");

        QFile key(qEnvironmentVariable("ZENITH_TEST_DATA") + QStringLiteral("/compute/keypair-ed25519.pub"));
        QVERIFY2(key.open(QIODevice::ReadOnly), "ZENITH_TEST_DATA holds no compute/keypair-ed25519.pub");
        CreateKeypairRequest import;
        import.name = Harness::instance().uniqueName(QStringLiteral("student"));
        import.publicKey = QString::fromUtf8(key.readAll()).trimmed();
        auto keypair = call(import);
        CONTRACT_OK(keypair);
        m_keyName = keypair->name;
        Harness::instance().defer([name = m_keyName] { (void)call(DeleteKeypairRequest{name}); });
    }

    // The load balancer of the lab: a port on the public network and the private network's gateway
    // port (10.12.0.1, allowed address pair 0.0.0.0/0), made first and handed to Nova.
    void gatewayServerBindsItsTwoPorts()
    {
        auto lab = createLabNetwork(QStringLiteral("lb"));
        CONTRACT_OK(lab);
        CreatePortRequest publicSide;
        publicSide.networkId = m_extNet;
        publicSide.name = Harness::instance().uniqueName(QStringLiteral("lb-public"));
        auto publicPort = createPort(publicSide);
        CONTRACT_OK(publicPort);
        CreatePortRequest privateSide = labPort(lab.value(), QStringLiteral("lb-private"));
        privateSide.fixedIps = QList<PortFixedIp>{{lab->subnet.id, kGateway}};
        privateSide.allowedAddressPairs = QList<AllowedAddressPair>{{QStringLiteral("0.0.0.0/0"), QString()}};
        auto privatePort = createPort(privateSide);
        CONTRACT_OK(privatePort);
        QCOMPARE(privatePort->status, QStringLiteral("DOWN"));
        QCOMPARE(privatePort->deviceId, QString());

        CreateServerRequest lb = server(QStringLiteral("lb"));
        lb.nics = {ServerNic::port(publicPort->id), ServerNic::port(privatePort->id)};
        lb.keyName = m_keyName;
        auto created = createServer(lb);
        CONTRACT_OK(created);
        auto active = settleServer(created->id);
        CONTRACT_OK(active);
        QCOMPARE(active->keyName, m_keyName);
        // Addresses are listed by network name, from Nova's cache of the ports.
        QCOMPARE(active->addresses.value(lab->network.name).size(), 1);
        QCOMPARE(active->addresses.value(lab->network.name).first().addr, kGateway);
        QCOMPARE(active->addresses.value(lab->network.name).first().macAddr, privatePort->macAddress);
        QCOMPARE(active->addresses.value(QStringLiteral("Ext-Net")).first().addr,
                 publicPort->fixedIps.first().ipAddress);

        // Nova binds the ports it was given: they become the server's, and go ACTIVE.
        for (const Port& before : {publicPort.value(), privatePort.value()}) {
            auto bound = settlePort(before.id);
            CONTRACT_OK(bound);
            QCOMPARE(bound->deviceId, created->id);
            QVERIFY2(bound->deviceOwner.startsWith(QStringLiteral("compute:")), qPrintable(bound->deviceOwner));
            QCOMPARE(bound->status, QStringLiteral("ACTIVE"));
            QCOMPARE(bound->fixedIps.first().ipAddress, before.fixedIps.first().ipAddress);
        }
        auto privateNow = call(GetPortRequest{privatePort->id});
        CONTRACT_OK(privateNow);
        QCOMPARE(privateNow->allowedAddressPairs.size(), 1);
        QCOMPARE(privateNow->allowedAddressPairs.first().ipAddress, QStringLiteral("0.0.0.0/0"));

        ListPortsRequest byServer;
        byServer.deviceId = created->id;
        auto listed = call(byServer);
        CONTRACT_OK(listed);
        QCOMPARE(portIds(listed.value()), sortedPair(publicPort->id, privatePort->id));
        auto interfaces = call(ListServerInterfacesRequest{created->id});
        CONTRACT_OK(interfaces);
        QCOMPARE(interfaces->size(), 2);
        // Not in the boot order: Nova lists what Neutron returns for the device.
        QCOMPARE(sortedPair(interfaces->at(0).portId, interfaces->at(1).portId),
                 sortedPair(publicPort->id, privatePort->id));

        // Ports made before the server outlive it: Nova unbinds them and leaves them to their owner.
        CONTRACT_SUCCEEDS(deleteServer(created->id));
        auto freed = call(GetPortRequest{privatePort->id});
        CONTRACT_OK(freed);
        QCOMPARE(freed->deviceId, QString());
        QCOMPARE(freed->deviceOwner, QString());
        QCOMPARE(freed->fixedIps.first().ipAddress, kGateway);
    }

    // A private web server: one address on the lab network, no public one, until a floating IP
    // (through a router to the public network) is put on its port; Nova made that port, and
    // deletes it with the server.
    void floatingIpOnAServersPort()
    {
        auto lab = createLabNetwork(QStringLiteral("web"));
        CONTRACT_OK(lab);
        CreateRouterRequest router;
        router.name = Harness::instance().uniqueName(QStringLiteral("web-router"));
        router.externalGateway = ExternalGatewayInfo{m_public, std::nullopt, {}};
        auto routed = createRouter(router);
        CONTRACT_OK(routed);
        CONTRACT_SUCCEEDS(call(AddRouterInterfaceRequest{routed->id, lab->subnet.id, std::nullopt}));
        deferInterfaceRemoval(routed->id, lab->subnet.id, std::nullopt);

        CreateServerRequest web = server(QStringLiteral("web"));
        web.nics = {ServerNic::network(lab->network.id)};
        auto created = createServer(web);
        CONTRACT_OK(created);
        auto active = settleServer(created->id);
        CONTRACT_OK(active);
        QCOMPARE(active->addresses.keys(), QStringList{lab->network.name});
        const QString privateIp = active->addresses.value(lab->network.name).first().addr;
        QVERIFY2(privateIp.startsWith(QStringLiteral("10.12.")) && privateIp != kGateway, qPrintable(privateIp));

        ListPortsRequest byServer;
        byServer.deviceId = created->id;
        auto ports = call(byServer);
        CONTRACT_OK(ports);
        QCOMPARE(ports->items.size(), 1);
        const Port port = ports->items.first();
        QCOMPARE(port.fixedIps.first().ipAddress, privateIp);
        CONTRACT_SUCCEEDS(settlePort(port.id));

        CreateFloatingIpRequest allocate;
        allocate.floatingNetworkId = m_public;
        allocate.portId = port.id;
        auto floating = createFloatingIp(allocate);
        CONTRACT_OK(floating);
        QCOMPARE(floating->portId, std::optional<QString>(port.id));
        QCOMPARE(floating->fixedIpAddress, std::optional<QString>(privateIp));
        QCOMPARE(floating->routerId, std::optional<QString>(routed->id));

        CONTRACT_SUCCEEDS(deleteServer(created->id));
        auto gone = call(GetPortRequest{port.id});
        CONTRACT_FAILS(gone, ApiError::Kind::NotFound, 404);
    }

    // A network without a subnet has no address to give: Nova refuses the server before it exists.
    void serverNeedsASubnet()
    {
        auto bare = createNetwork(QStringLiteral("bare"));
        CONTRACT_OK(bare);
        CreateServerRequest create = server(QStringLiteral("nosubnet"));
        create.nics = {ServerNic::network(bare->id)};
        auto refused = createServer(create);
        CONTRACT_REFUSED(refused, ApiError::Kind::BadRequest, 400, "badRequest",
                         QStringLiteral("Network %1 requires a subnet in order to boot instances on.").arg(bare->id));
    }

    // One compute host, like the dev cloud and many small clouds: anti-affinity places one server
    // and refuses the second; soft-anti-affinity places both. The lab wizard picks its policy from this.
    void serverGroupPoliciesOnOneHost()
    {
        const auto group = [](const QString& policy) {
            CreateServerGroupRequest create;
            create.name = Harness::instance().uniqueName(policy);
            create.policy = policy;
            auto made = call(create);
            if (made)
                Harness::instance().defer([id = made->id] { (void)call(DeleteServerGroupRequest{id}); });
            return made;
        };
        auto strict = group(QStringLiteral("anti-affinity"));
        CONTRACT_OK(strict);
        auto soft = group(QStringLiteral("soft-anti-affinity"));
        CONTRACT_OK(soft);

        QStringList strictIds;
        QStringList softIds;
        for (int i = 1; i <= 2; ++i) {
            CreateServerRequest inStrict = server(QStringLiteral("strict%1").arg(i));
            inStrict.serverGroupId = strict->id;
            inStrict.keyName = m_keyName;
            auto a = createServer(inStrict);
            CONTRACT_OK(a);
            strictIds.append(a->id);
            CreateServerRequest inSoft = server(QStringLiteral("soft%1").arg(i));
            inSoft.serverGroupId = soft->id;
            auto b = createServer(inSoft);
            CONTRACT_OK(b);
            softIds.append(b->id);
            // One at a time: the scheduler sees the first server of a group before the second.
            CONTRACT_SUCCEEDS(settleServer(b->id));
            if (i == 1)
                CONTRACT_SUCCEEDS(settleServer(a->id));
        }
        auto first = call(GetServerRequest{strictIds.at(0)});
        CONTRACT_OK(first);
        QCOMPARE(first->keyName, m_keyName);
        auto refused = settleServer(strictIds.at(1));
        CONTRACT_FAILS(refused, ApiError::Kind::Server, 0);
        auto second = call(GetServerRequest{strictIds.at(1)});
        CONTRACT_OK(second);
        QCOMPARE(second->status, QStringLiteral("ERROR"));
        QVERIFY(second->fault.has_value());
        QVERIFY2(second->fault->message.startsWith(QStringLiteral("No valid host was found.")),
                 qPrintable(second->fault->message));

        auto softShown = call(GetServerGroupRequest{soft->id});
        CONTRACT_OK(softShown);
        QStringList members = softShown->members;
        members.sort();
        QCOMPARE(members, sortedPair(softIds.at(0), softIds.at(1)));
        auto softA = call(GetServerRequest{softIds.at(0)});
        auto softB = call(GetServerRequest{softIds.at(1)});
        CONTRACT_OK(softA);
        CONTRACT_OK(softB);
        QCOMPARE(softA->hostId, softB->hostId); // the same host, since there is only one
        auto strictShown = call(GetServerGroupRequest{strict->id});
        CONTRACT_OK(strictShown);
        QVERIFY(strictShown->members.contains(strictIds.at(0)));
    }

private:
    CreateServerRequest server(const QString& what) const
    {
        CreateServerRequest create;
        create.name = Harness::instance().uniqueName(what);
        create.imageRef = m_image;
        create.flavorRef = m_flavor;
        create.nics = {ServerNic::network(m_private)};
        return create;
    }

    QString m_image;
    QString m_flavor;
    QString m_private;
    QString m_extNet;
    QString m_public;
    QString m_keyName;
};

ZENITH_CONTRACT_TEST(ContractLabTopology)
#include "contract_lab.moc"
