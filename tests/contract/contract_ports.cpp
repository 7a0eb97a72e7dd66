#include "networksupport.h"

#include "network/deletenetworkrequest.h"
#include "network/deleteportrequest.h"
#include "network/deletesubnetrequest.h"
#include "network/getportrequest.h"
#include "network/listportsrequest.h"
#include "network/updateportrequest.h"

using namespace zenith;
using namespace zenith::contract;

namespace {
const QString kGateway = QStringLiteral("10.12.0.1");
} // namespace

// Neutron ports as the lab uses them: the NAT instance's port takes the subnet's gateway address
// (`openstack port set --fixed-ip subnet=...,ip-address=10.12.0.1`), lets everything through
// (allowed address pair 0.0.0.0/0, or port security off), and the errors on the way.
class ContractPorts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void portLifecycle()
    {
        auto lab = createLabNetwork(QStringLiteral("ports"));
        CONTRACT_OK(lab);
        CreatePortRequest create;
        create.networkId = lab->network.id;
        create.name = Harness::instance().uniqueName(QStringLiteral("web"));
        create.fixedIps = QList<PortFixedIp>{{lab->subnet.id, QString()}};
        create.description = QStringLiteral("web server");
        auto port = createPort(create);
        CONTRACT_OK(port);
        QCOMPARE(port->networkId, lab->network.id);
        QCOMPARE(port->fixedIps.size(), 1);
        QCOMPARE(port->fixedIps.first().subnetId, lab->subnet.id);
        QVERIFY2(port->fixedIps.first().ipAddress != kGateway, qPrintable(port->fixedIps.first().ipAddress));
        QVERIFY(port->fixedIps.first().ipAddress.startsWith(u"10.12."));
        // No server binds it: an unbound port is DOWN, and stays so.
        QCOMPARE(port->status, QStringLiteral("DOWN"));
        QCOMPARE(port->portSecurityEnabled, std::optional<bool>(true));
        QCOMPARE(port->securityGroups.size(), 1); // the project's default group
        QVERIFY(port->deviceOwner.isEmpty());
        QVERIFY(port->bindingHostId.isEmpty()); // admin-only
        QCOMPARE(port->vnicType, QStringLiteral("normal"));
        QCOMPARE(port->macAddress.size(), 17);

        create.name = Harness::instance().uniqueName(QStringLiteral("db"));
        create.fixedIps = QList<PortFixedIp>{{lab->subnet.id, QStringLiteral("10.12.0.30")}};
        auto second = createPort(create);
        CONTRACT_OK(second);
        QCOMPARE(second->fixedIps.first().ipAddress, QStringLiteral("10.12.0.30"));

        checkListing(lab->network.id, port->id, second.value());
        if (QTest::currentTestFailed())
            return;

        auto shown = call(GetPortRequest{port->id});
        CONTRACT_OK(shown);
        QCOMPARE(shown->description, QStringLiteral("web server"));
        QCOMPARE(shown->macAddress, port->macAddress);

        CONTRACT_OK(call(DeletePortRequest{second->id}));
        auto gone = call(GetPortRequest{second->id});
        CONTRACT_FAILS(gone, ApiError::Kind::NotFound, 404);
        QCOMPARE(gone.error().code, QStringLiteral("PortNotFound"));
        QCOMPARE(gone.error().message, QStringLiteral("Port %1 could not be found.").arg(second->id));
    }

    void natPortTakesTheGatewayAddress()
    {
        auto lab = createLabNetwork(QStringLiteral("nat"));
        CONTRACT_OK(lab);
        auto nat = createPort(labPort(lab.value(), QStringLiteral("nat")));
        CONTRACT_OK(nat);
        const QString pooled = nat->fixedIps.first().ipAddress;

        // fixed_ips replaces the whole list: first keep the pool address and add the gateway's...
        UpdatePortRequest both;
        both.id = nat->id;
        both.fixedIps = QList<PortFixedIp>{{lab->subnet.id, pooled}, {lab->subnet.id, kGateway}};
        auto twoAddresses = call(both);
        CONTRACT_OK(twoAddresses);
        QCOMPARE(addressesOf(twoAddresses.value()), sorted({kGateway, pooled}));

        // ...then leave only the gateway's, as the lab wants.
        UpdatePortRequest only;
        only.id = nat->id;
        only.fixedIps = QList<PortFixedIp>{{lab->subnet.id, kGateway}};
        CONTRACT_OK(call(only));
        auto shown = call(GetPortRequest{nat->id});
        CONTRACT_OK(shown);
        QCOMPARE(addressesOf(shown.value()), QStringList{kGateway});

        auto other = createPort(labPort(lab.value(), QStringLiteral("other")));
        CONTRACT_OK(other);
        UpdatePortRequest steal;
        steal.id = other->id;
        steal.fixedIps = QList<PortFixedIp>{{lab->subnet.id, kGateway}};
        auto taken = call(steal);
        CONTRACT_FAILS(taken, ApiError::Kind::Conflict, 409);
        QCOMPARE(taken.error().code, QStringLiteral("IpAddressAlreadyAllocated"));
        QCOMPARE(taken.error().message,
                 QStringLiteral("IP address 10.12.0.1 already allocated in subnet %1").arg(lab->subnet.id));
        CreatePortRequest duplicate = labPort(lab.value(), QStringLiteral("dup"));
        duplicate.fixedIps = steal.fixedIps;
        CONTRACT_FAILS(createPort(duplicate), ApiError::Kind::Conflict, 409);

        // The freed pool address is free again.
        UpdatePortRequest reuse;
        reuse.id = other->id;
        reuse.fixedIps = QList<PortFixedIp>{{lab->subnet.id, pooled}};
        auto reused = call(reuse);
        CONTRACT_OK(reused);
        QCOMPARE(addressesOf(reused.value()), QStringList{pooled});
    }

    void natPortLetsEverythingThrough()
    {
        auto lab = createLabNetwork(QStringLiteral("pairs"));
        CONTRACT_OK(lab);
        auto nat = createPort(labPort(lab.value(), QStringLiteral("nat")));
        CONTRACT_OK(nat);

        UpdatePortRequest pairs;
        pairs.id = nat->id;
        pairs.allowedAddressPairs = QList<AllowedAddressPair>{{QStringLiteral("0.0.0.0/0"), QString()}};
        auto paired = call(pairs);
        CONTRACT_OK(paired);
        QCOMPARE(paired->allowedAddressPairs.size(), 1);
        QCOMPARE(paired->allowedAddressPairs.first().ipAddress, QStringLiteral("0.0.0.0/0"));
        QCOMPARE(paired->allowedAddressPairs.first().macAddress, nat->macAddress);

        UpdatePortRequest off;
        off.id = nat->id;
        off.portSecurityEnabled = false;
        auto withPairs = call(off);
        CONTRACT_FAILS(withPairs, ApiError::Kind::Conflict, 409);
        QCOMPARE(withPairs.error().code, QStringLiteral("AddressPairAndPortSecurityRequired"));
        QCOMPARE(withPairs.error().message,
                 QStringLiteral("Port Security must be enabled in order to have allowed address pairs on a port."));

        off.allowedAddressPairs = QList<AllowedAddressPair>();
        auto withGroups = call(off);
        CONTRACT_FAILS(withGroups, ApiError::Kind::Conflict, 409);
        QCOMPARE(withGroups.error().code, QStringLiteral("PortSecurityPortHasSecurityGroup"));
        QCOMPARE(withGroups.error().message,
                 QStringLiteral("Port has security group associated. Cannot disable port security or IP address "
                                "until security group is removed."));
        auto unchanged = call(GetPortRequest{nat->id});
        CONTRACT_OK(unchanged);
        QCOMPARE(unchanged->portSecurityEnabled, std::optional<bool>(true));
        QCOMPARE(unchanged->allowedAddressPairs.size(), 1);

        off.securityGroups = QStringList();
        auto open = call(off);
        CONTRACT_OK(open);
        QCOMPARE(open->portSecurityEnabled, std::optional<bool>(false));
        QVERIFY(open->securityGroups.isEmpty());
        QVERIFY(open->allowedAddressPairs.isEmpty());
        auto shown = call(GetPortRequest{nat->id});
        CONTRACT_OK(shown);
        QCOMPARE(shown->portSecurityEnabled, std::optional<bool>(false));

        // At creation the same mistake is a 400 with another type.
        CreatePortRequest openWithGroups = labPort(lab.value(), QStringLiteral("open"));
        openWithGroups.portSecurityEnabled = false;
        openWithGroups.securityGroups = nat->securityGroups;
        auto refused = createPort(openWithGroups);
        CONTRACT_FAILS(refused, ApiError::Kind::BadRequest, 400);
        QCOMPARE(refused.error().code, QStringLiteral("PortSecurityAndIPRequiredForSecurityGroups"));
        openWithGroups.securityGroups.reset();
        auto created = createPort(openWithGroups);
        CONTRACT_OK(created);
        QCOMPARE(created->portSecurityEnabled, std::optional<bool>(false));
        QVERIFY(created->securityGroups.isEmpty());
    }

    void inUseNetworkAndSubnet()
    {
        auto lab = createLabNetwork(QStringLiteral("in-use"));
        CONTRACT_OK(lab);
        auto port = createPort(labPort(lab.value(), QStringLiteral("holder")));
        CONTRACT_OK(port);

        auto network = call(DeleteNetworkRequest{lab->network.id});
        CONTRACT_FAILS(network, ApiError::Kind::Conflict, 409);
        QCOMPARE(network.error().code, QStringLiteral("NetworkInUse"));
        QCOMPARE(network.error().message,
                 QStringLiteral("Unable to complete operation on network %1. There are one or more ports still in "
                                "use on the network, id for these ports is: %2.")
                     .arg(lab->network.id, port->id));
        auto subnet = call(DeleteSubnetRequest{lab->subnet.id});
        CONTRACT_FAILS(subnet, ApiError::Kind::Conflict, 409);
        QCOMPARE(subnet.error().code, QStringLiteral("SubnetInUse"));
        QCOMPARE(subnet.error().message, QStringLiteral("Unable to complete operation on subnet %1: One or more ports "
                                                        "have an IP allocation from this subnet.")
                                             .arg(lab->subnet.id));

        // Once the port goes, both can go (the network takes its subnet with it).
        CONTRACT_OK(call(DeletePortRequest{port->id}));
        CONTRACT_OK(call(DeleteNetworkRequest{lab->network.id}));
        CONTRACT_FAILS(call(GetPortRequest{port->id}), ApiError::Kind::NotFound, 404);
        CONTRACT_FAILS(call(DeleteSubnetRequest{lab->subnet.id}), ApiError::Kind::NotFound, 404);
    }

    void unknownPort()
    {
        const QString zero = QStringLiteral("00000000-0000-0000-0000-000000000000");
        CONTRACT_FAILS(call(DeletePortRequest{zero}), ApiError::Kind::NotFound, 404);
        UpdatePortRequest update;
        update.id = zero;
        update.name = QStringLiteral("x");
        auto missing = call(update);
        CONTRACT_FAILS(missing, ApiError::Kind::NotFound, 404);
        QCOMPARE(missing.error().message, QStringLiteral("Port %1 could not be found.").arg(zero));
    }

private:
    // Paging over the network's two ports, and the address and name filters.
    void checkListing(const QString& networkId, const QString& portId, const Port& second)
    {
        ListPortsRequest onePerPage;
        onePerPage.networkId = networkId;
        onePerPage.limit = 1;
        auto pages = pagesOf(onePerPage);
        CONTRACT_OK(pages);
        bool withinLimit = false;
        QStringList paged = resourceIds(itemsOf(pages.value(), 1, &withinLimit));
        QVERIFY(withinLimit);
        QCOMPARE(sorted(paged), sorted({portId, second.id}));

        ListPortsRequest byAddress;
        byAddress.networkId = networkId;
        byAddress.ipAddress = QStringLiteral("10.12.0.30");
        auto found = call(byAddress);
        CONTRACT_OK(found);
        QCOMPARE(resourceIds(found->items), QStringList{second.id});
        ListPortsRequest byName;
        byName.name = second.name;
        byName.deviceOwner = QString(); // empty filters are not sent
        auto named = call(byName);
        CONTRACT_OK(named);
        QCOMPARE(resourceIds(named->items), QStringList{second.id});
    }

    static QStringList sorted(QStringList list)
    {
        list.sort();
        return list;
    }

    static QStringList addressesOf(const Port& port)
    {
        QStringList addresses;
        for (const PortFixedIp& ip : port.fixedIps)
            addresses.append(ip.ipAddress);
        return sorted(addresses);
    }
};

ZENITH_CONTRACT_TEST(ContractPorts)
#include "contract_ports.moc"
