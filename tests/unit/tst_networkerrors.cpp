// The Neutron error bodies the GUI relies on, captured from the dev cloud (tests/data/network/error-*):
// ApiError::fromReply must give the kind, Neutron's type as the code, and the message as sent.

#include "core/apierror.h"

#include "testdata.h"

#include <QTest>

using namespace zenith;

class TestNetworkErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void errors_data();
    void errors();
};

namespace {

struct ErrorCase
{
    const char* name;
    const char* fixture;
    int status;
    ApiError::Kind kind;
    const char* code;
    const char* message; // the whole message, or its start when it ends with "..."
};

const ErrorCase kCases[] = {
    {"bad CIDR", "error-subnet-bad-cidr.json", 400, ApiError::Kind::BadRequest, "InvalidInput",
     "Invalid input for operation: 10.12.0.0/33 is not in a CIDR format."},
    {"overlapping subnet", "error-subnet-overlap.json", 400, ApiError::Kind::BadRequest, "InvalidInput",
     "Invalid input for operation: Requested subnet with cidr: 10.12.5.0/24 for network: "
     "050eb6c6-9018-4364-9e0c-db973af28a8e overlaps with another subnet."},
    {"gateway in pool", "error-subnet-gateway-in-pool.json", 409, ApiError::Kind::Conflict,
     "GatewayConflictWithAllocationPools",
     "Gateway ip 10.14.0.20 conflicts with allocation pool 10.14.0.10-10.14.0.100."},
    {"fixed IP taken", "error-port-ip-allocated.json", 409, ApiError::Kind::Conflict, "IpAddressAlreadyAllocated",
     "IP address 10.12.0.1 already allocated in subnet 1168e608-73f1-4378-b19a-59c016e1ca8a"},
    {"network in use", "error-network-in-use.json", 409, ApiError::Kind::Conflict, "NetworkInUse",
     "Unable to complete operation on network 050eb6c6-9018-4364-9e0c-db973af28a8e. There are one or more "
     "ports still in use on the network, id for these ports is: ..."},
    {"subnet in use", "error-subnet-in-use.json", 409, ApiError::Kind::Conflict, "SubnetInUse",
     "Unable to complete operation on subnet 1168e608-73f1-4378-b19a-59c016e1ca8a: One or more ports have an IP "
     "allocation from this subnet."},
    {"router in use", "error-router-in-use.json", 409, ApiError::Kind::Conflict, "RouterInUse",
     "Router 54b1f074-815e-41fb-8eae-a966cd2b8ddb has ports still attached: ..."},
    {"interface twice", "error-router-interface-twice.json", 400, ApiError::Kind::BadRequest, "BadRequest",
     "Bad router request: Router already has a port on subnet 1168e608-73f1-4378-b19a-59c016e1ca8a."},
    {"SNAT is admin-only", "error-router-snat-forbidden.json", 403, ApiError::Kind::Forbidden, "PolicyNotAuthorized",
     "(rule:update_router and (rule:update_router:external_gateway_info and ..."},
    {"rule exists", "error-security-group-rule-exists.json", 409, ApiError::Kind::Conflict, "SecurityGroupRuleExists",
     "Security group rule already exists. Rule id is ..."},
    {"port range", "error-security-group-rule-port-range.json", 400, ApiError::Kind::BadRequest,
     "SecurityGroupInvalidPortRange", "For TCP/UDP protocols, port_range_min must be <= port_range_max"},
    {"security off, groups left", "error-port-security-with-groups.json", 409, ApiError::Kind::Conflict,
     "PortSecurityPortHasSecurityGroup",
     "Port has security group associated. Cannot disable port security or IP address until security group is "
     "removed."},
    {"security off, pairs left", "error-port-security-with-pairs.json", 409, ApiError::Kind::Conflict,
     "AddressPairAndPortSecurityRequired",
     "Port Security must be enabled in order to have allowed address pairs on a port."},
    {"create: security off with groups", "error-port-create-security-off-with-groups.json", 400,
     ApiError::Kind::BadRequest, "PortSecurityAndIPRequiredForSecurityGroups",
     "Port security must be enabled and port must have an IP address in order to use security groups."},
    {"one floating IP per fixed IP", "error-floatingip-port-already-associated.json", 409, ApiError::Kind::Conflict,
     "FloatingIPPortAlreadyAssociated", "Cannot associate floating IP 203.0.113.206 (..."},
    {"no router to the external network", "error-floatingip-unreachable.json", 404, ApiError::Kind::NotFound,
     "ExternalGatewayForFloatingIPNotFound",
     "External network f6978496-a8c0-4a0b-aebb-c44a3afe636b is not reachable from subnet "
     "78ee1c6d-b9b4-425f-9f90-e584e7cb5a3f. Therefore, cannot associate Port ..."},
    {"interface needed by a floating IP", "error-router-interface-in-use-by-floatingip.json", 409,
     ApiError::Kind::Conflict, "RouterInterfaceInUseByFloatingIP",
     "Router interface for subnet 1168e608-73f1-4378-b19a-59c016e1ca8a on router "
     "54b1f074-815e-41fb-8eae-a966cd2b8ddb cannot be deleted, as it is required by one or more floating IPs."},
    {"no interface on the subnet", "error-router-interface-not-found.json", 404, ApiError::Kind::NotFound,
     "RouterInterfaceNotFoundForSubnet",
     "Router 54b1f074-815e-41fb-8eae-a966cd2b8ddb has no interface on subnet 1168e608-73f1-4378-b19a-59c016e1ca8a"},
    {"security group in use", "error-security-group-in-use.json", 409, ApiError::Kind::Conflict, "SecurityGroupInUse",
     "Security Group 6e564ec3-c811-4dce-af12-a120137083d0 in use."},
    {"another project's quota", "error-quota-other-project.json", 403, ApiError::Kind::Forbidden, "AdminRequired",
     "User does not have admin privileges: Only admin is authorized to access quotas for another project."},
    {"network 404", "error-network-not-found.json", 404, ApiError::Kind::NotFound, "NetworkNotFound",
     "Network 00000000-0000-0000-0000-000000000000 could not be found."},
    {"network 404 on delete", "error-network-not-found-delete.json", 404, ApiError::Kind::NotFound, "NetworkNotFound",
     "Network 00000000-0000-0000-0000-000000000000 could not be found."},
    {"subnet 404", "error-subnet-not-found.json", 404, ApiError::Kind::NotFound, "SubnetNotFound",
     "Subnet 00000000-0000-0000-0000-000000000000 could not be found."},
    {"port 404", "error-port-not-found.json", 404, ApiError::Kind::NotFound, "PortNotFound",
     "Port 00000000-0000-0000-0000-000000000000 could not be found."},
    {"router 404", "error-router-not-found.json", 404, ApiError::Kind::NotFound, "RouterNotFound",
     "Router 00000000-0000-0000-0000-000000000000 could not be found"},
    {"floating IP 404", "error-floatingip-not-found.json", 404, ApiError::Kind::NotFound, "FloatingIPNotFound",
     "Floating IP 00000000-0000-0000-0000-000000000000 could not be found"},
    {"security group 404", "error-security-group-not-found.json", 404, ApiError::Kind::NotFound,
     "SecurityGroupNotFound", "Security group 00000000-0000-0000-0000-000000000000 does not exist"},
    {"rule 404", "error-security-group-rule-not-found.json", 404, ApiError::Kind::NotFound, "SecurityGroupRuleNotFound",
     "Security group rule 00000000-0000-0000-0000-000000000000 does not exist"},
};

} // namespace

void TestNetworkErrors::errors_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    for (const ErrorCase& c : kCases)
        QTest::newRow(c.name) << QString::fromLatin1(c.fixture) << c.status << kindName(c.kind)
                              << QString::fromLatin1(c.code) << QString::fromLatin1(c.message);
}

void TestNetworkErrors::errors()
{
    QFETCH(QString, fixture);
    QFETCH(int, status);
    QFETCH(QString, kind);
    QFETCH(QString, code);
    QFETCH(QString, message);
    ZENITH_FIXTURE(body, QStringLiteral("network/") + fixture);

    const ApiError e = ApiError::fromReply(status, body, QStringLiteral("network"), QStringLiteral("req-1"));
    QCOMPARE(kindName(e.kind), kind);
    QCOMPARE(e.httpStatus, status);
    QCOMPARE(e.code, code);
    QCOMPARE(e.requestId, QStringLiteral("req-1"));
    if (message.endsWith(QStringLiteral("...")))
        QVERIFY2(e.message.startsWith(message.chopped(3)), qPrintable(e.message));
    else
        QCOMPARE(e.message, message);
}

QTEST_GUILESS_MAIN(TestNetworkErrors)
#include "tst_networkerrors.moc"
