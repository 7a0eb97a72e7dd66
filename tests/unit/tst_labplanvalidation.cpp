#include "lab/labplanvalidation.h"

#include <QTest>

using namespace zenith;

using Field = LabPlanIssue::Field;
using Problem = LabPlanIssue::Problem;

Q_DECLARE_METATYPE(zenith::LabPlan)
Q_DECLARE_METATYPE(zenith::LabPlanIssue)

namespace zenith {
// QCOMPARE shows the issues that differ.
char* toString(const LabPlanIssue& i)
{
    return qstrdup(QStringLiteral("{field %1 problem %2 role '%3' value '%4' other '%5'}")
                       .arg(int(i.field))
                       .arg(int(i.problem))
                       .arg(i.role, i.value, i.other)
                       .toUtf8()
                       .constData());
}
} // namespace zenith

namespace {

LabPlan validPlan()
{
    LabPlan plan;
    plan.name = QStringLiteral("lab");
    const LabMachine machine{QStringLiteral("Debian 12"), QStringLiteral("d2-2")};
    plan.loadBalancer = plan.web = plan.database = plan.nameServer = machine;
    plan.keypair = QStringLiteral("lab-key");
    return plan;
}

LabPlanIssue issue(Field field, Problem problem, const QString& value = {}, const QString& role = {},
                   const QString& other = {})
{
    return {.field = field, .problem = problem, .role = role, .value = value, .other = other};
}

Network network(const QString& id, const QString& name, bool external, const QStringList& tags = {})
{
    Network n;
    n.id = id;
    n.name = name;
    n.routerExternal = external;
    n.tags = tags;
    return n;
}

Subnet subnet(const QString& name, const QString& cidr, const QStringList& tags = {})
{
    Subnet s;
    s.id = name + QStringLiteral("-id");
    s.name = name;
    s.cidr = cidr;
    s.tags = tags;
    return s;
}

LabCloudState cloudWithExtNet()
{
    LabCloudState cloud;
    cloud.networks = {network(QStringLiteral("ext"), QStringLiteral("Ext-Net"), true)};
    cloud.subnets = {subnet(QStringLiteral("Ext-Net-subnet"), QStringLiteral("172.24.4.0/24"))};
    Keypair key;
    key.name = QStringLiteral("lab-key");
    cloud.keypairs = {key};
    return cloud;
}

} // namespace

class TestLabPlanValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theDefaultsWithMachinesAndAKeyAreValid()
    {
        QCOMPARE(LabPlanValidation::validate(validPlan()), QList<LabPlanIssue>{});
    }

    void everyIssue_data()
    {
        QTest::addColumn<LabPlan>("plan");
        QTest::addColumn<LabPlanIssue>("expected");
        const auto row = [](const char* name, const std::function<void(LabPlan&)>& change,
                            const LabPlanIssue& expected) {
            LabPlan plan = validPlan();
            change(plan);
            QTest::newRow(name) << plan << expected;
        };
        row(
            "name empty", [](LabPlan& p) { p.name.clear(); }, issue(Field::Name, Problem::Empty));
        row(
            "name too long", [](LabPlan& p) { p.name = QStringLiteral("a-very-long-lab-name-x"); },
            issue(Field::Name, Problem::TooLong, QStringLiteral("a-very-long-lab-name-x")));
        row(
            "name upper case", [](LabPlan& p) { p.name = QStringLiteral("Lab"); },
            issue(Field::Name, Problem::Invalid, QStringLiteral("Lab")));
        row(
            "name with a space", [](LabPlan& p) { p.name = QStringLiteral("my lab"); },
            issue(Field::Name, Problem::Invalid, QStringLiteral("my lab")));
        row(
            "name ending with a hyphen", [](LabPlan& p) { p.name = QStringLiteral("lab-"); },
            issue(Field::Name, Problem::Invalid, QStringLiteral("lab-")));
        row(
            "name starting with a digit", [](LabPlan& p) { p.name = QStringLiteral("1lab"); },
            issue(Field::Name, Problem::Invalid, QStringLiteral("1lab")));
        row(
            "cidr empty", [](LabPlan& p) { p.cidr.clear(); }, issue(Field::Cidr, Problem::Empty));
        row(
            "cidr without prefix", [](LabPlan& p) { p.cidr = QStringLiteral("10.12.0.0"); },
            issue(Field::Cidr, Problem::Invalid, QStringLiteral("10.12.0.0")));
        row(
            "cidr ipv6", [](LabPlan& p) { p.cidr = QStringLiteral("fd00::/64"); },
            issue(Field::Cidr, Problem::Invalid, QStringLiteral("fd00::/64")));
        row(
            "cidr out of bounds", [](LabPlan& p) { p.cidr = QStringLiteral("10.300.0.0/16"); },
            issue(Field::Cidr, Problem::Invalid, QStringLiteral("10.300.0.0/16")));
        row(
            "cidr host bits", [](LabPlan& p) { p.cidr = QStringLiteral("10.12.0.5/16"); },
            issue(Field::Cidr, Problem::HostBitsSet, QStringLiteral("10.12.0.5/16")));
        row(
            "cidr too small", [](LabPlan& p) { p.cidr = QStringLiteral("10.12.0.0/26"); },
            issue(Field::Cidr, Problem::OutOfRange, QStringLiteral("10.12.0.0/26")));
        row(
            "cidr too large", [](LabPlan& p) { p.cidr = QStringLiteral("10.0.0.0/7"); },
            issue(Field::Cidr, Problem::OutOfRange, QStringLiteral("10.0.0.0/7")));
        row(
            "public network empty", [](LabPlan& p) { p.publicNetwork.clear(); },
            issue(Field::PublicNetwork, Problem::Empty));
        row(
            "web image empty", [](LabPlan& p) { p.web.image.clear(); },
            issue(Field::Image, Problem::Empty, {}, QStringLiteral("web")));
        row(
            "db flavor empty", [](LabPlan& p) { p.database.flavor = QStringLiteral(" "); },
            issue(Field::Flavor, Problem::Empty, {}, QStringLiteral("db")));
        row(
            "no web server", [](LabPlan& p) { p.webCount = 0; },
            issue(Field::WebCount, Problem::OutOfRange, QStringLiteral("0")));
        row(
            "21 web servers", [](LabPlan& p) { p.webCount = 21; },
            issue(Field::WebCount, Problem::OutOfRange, QStringLiteral("21")));
        row(
            "no volume", [](LabPlan& p) { p.databaseVolumeGb = 0; },
            issue(Field::VolumeSize, Problem::OutOfRange, QStringLiteral("0")));
        row(
            "huge volume", [](LabPlan& p) { p.databaseVolumeGb = 1001; },
            issue(Field::VolumeSize, Problem::OutOfRange, QStringLiteral("1001")));
        row(
            "no key pair", [](LabPlan& p) { p.keypair.clear(); }, issue(Field::Keypair, Problem::Empty));
        row(
            "designate without a domain", [](LabPlan& p) { p.dnsProvider = LabDnsProvider::Designate; },
            issue(Field::Domain, Problem::Empty));
        row(
            "tls without a domain", [](LabPlan& p) { p.tlsEmail = QStringLiteral("teacher@example.org"); },
            issue(Field::Domain, Problem::Empty));
        row(
            "domain of one label",
            [](LabPlan& p) {
                p.dnsProvider = LabDnsProvider::Ovh;
                p.domain = QStringLiteral("localhost");
            },
            issue(Field::Domain, Problem::Invalid, QStringLiteral("localhost")));
        row(
            "domain with underscore",
            [](LabPlan& p) {
                p.dnsProvider = LabDnsProvider::Designate;
                p.domain = QStringLiteral("my_lab.example");
            },
            issue(Field::Domain, Problem::Invalid, QStringLiteral("my_lab.example")));
        row(
            "bad e-mail",
            [](LabPlan& p) {
                p.domain = QStringLiteral("zenith-lab.example");
                p.tlsEmail = QStringLiteral("teacher.example.org");
            },
            issue(Field::TlsEmail, Problem::Invalid, QStringLiteral("teacher.example.org")));
        row(
            "internal zone empty", [](LabPlan& p) { p.internalZone.clear(); },
            issue(Field::InternalZone, Problem::Empty));
        row(
            "internal zone bad", [](LabPlan& p) { p.internalZone = QStringLiteral("lab internal"); },
            issue(Field::InternalZone, Problem::Invalid, QStringLiteral("lab internal")));
    }

    void everyIssue()
    {
        QFETCH(LabPlan, plan);
        QFETCH(LabPlanIssue, expected);
        QCOMPARE(LabPlanValidation::validate(plan), QList<LabPlanIssue>{expected});
    }

    void aFullPlanWithDomainAndTlsIsValid()
    {
        LabPlan plan = validPlan();
        plan.name = QStringLiteral("tp-2b");
        plan.cidr = QStringLiteral("192.168.8.0/25");
        plan.webCount = 20;
        plan.databaseVolumeGb = 1000;
        plan.dnsProvider = LabDnsProvider::Designate;
        plan.domain = QStringLiteral("zenith-lab.example.");
        plan.tlsEmail = QStringLiteral("first.last+lab@univ.example.org");
        QCOMPARE(LabPlanValidation::validate(plan), QList<LabPlanIssue>{});
        // The longest name still leaves "<name>-web-group" readable.
        plan.name = QString(LabPlanValidation::kMaxNameLength, u'a');
        QCOMPARE(LabPlanValidation::validate(plan), QList<LabPlanIssue>{});
    }

    void noConflictsInAnEmptyProject()
    {
        QCOMPARE(LabPlanValidation::conflicts(validPlan(), cloudWithExtNet()), QList<LabPlanIssue>{});
    }

    // Designate puts the records into a zone of the project: none holding the domain is a conflict
    // before anything is created, not a failure at the deploy's last step.
    void aDomainWithoutItsZoneConflicts()
    {
        LabPlan plan = validPlan();
        plan.dnsProvider = LabDnsProvider::Designate;
        plan.domain = QStringLiteral("www.lab.example.org");
        LabCloudState cloud = cloudWithExtNet();
        QCOMPARE(LabPlanValidation::conflicts(plan, cloud), QList<LabPlanIssue>{}); // zones not listed
        cloud.zonesRead = true;
        QCOMPARE(LabPlanValidation::conflicts(plan, cloud),
                 QList<LabPlanIssue>{issue(Field::Domain, Problem::NotFound, plan.domain)});
        cloud.zoneId = QStringLiteral("zone-1");
        QCOMPARE(LabPlanValidation::conflicts(plan, cloud), QList<LabPlanIssue>{});
        plan.dnsProvider = LabDnsProvider::None;
        cloud.zoneId.clear();
        QCOMPARE(LabPlanValidation::conflicts(plan, cloud), QList<LabPlanIssue>{});
    }

    void overlappingSubnetsOfOthersConflict()
    {
        LabCloudState cloud = cloudWithExtNet();
        cloud.subnets.append(subnet(QStringLiteral("old-lab"), QStringLiteral("10.12.5.0/24")));
        cloud.subnets.append(subnet(QStringLiteral("big"), QStringLiteral("10.0.0.0/8")));
        cloud.subnets.append(subnet(QStringLiteral("beside"), QStringLiteral("10.13.0.0/16")));
        // This lab's own subnet (a resumed deploy) is no conflict.
        cloud.subnets.append(
            subnet(QStringLiteral("lab-subnet"), QStringLiteral("10.12.0.0/16"), {QStringLiteral("zenith-lab:lab")}));
        QCOMPARE(
            LabPlanValidation::conflicts(validPlan(), cloud),
            (QList<LabPlanIssue>{
                issue(Field::Cidr, Problem::Overlaps, QStringLiteral("10.12.5.0/24"), {}, QStringLiteral("old-lab")),
                issue(Field::Cidr, Problem::Overlaps, QStringLiteral("10.0.0.0/8"), {}, QStringLiteral("big"))}));
    }

    void namesTakenByOthersConflict()
    {
        LabCloudState cloud = cloudWithExtNet();
        cloud.networks.append(network(QStringLiteral("n1"), QStringLiteral("lab-net"), false));
        Port port;
        port.name = QStringLiteral("lab-web1");
        cloud.ports.append(port);
        port.name = QStringLiteral("lab-web2");
        port.tags = {QStringLiteral("zenith-lab:lab")}; // ours: resume, not a conflict
        cloud.ports.append(port);
        Server server;
        server.name = QStringLiteral("lab-db");
        cloud.servers.append(server);
        Volume volume;
        volume.name = QStringLiteral("lab-db-data");
        cloud.volumes.append(volume);
        volume.metadata.insert(QStringLiteral("zenith-lab"), QStringLiteral("lab"));
        cloud.volumes.append(volume);
        SecurityGroup group;
        group.name = QStringLiteral("lab-public");
        cloud.securityGroups.append(group);
        const QList<LabPlanIssue> issues = LabPlanValidation::conflicts(validPlan(), cloud);
        const auto taken = [](const QString& name, const QString& kind) {
            return issue(Field::ResourceName, Problem::Conflicts, name, {}, kind);
        };
        QCOMPARE(issues, (QList<LabPlanIssue>{taken(QStringLiteral("lab-net"), QStringLiteral("network")),
                                              taken(QStringLiteral("lab-public"), QStringLiteral("security-group")),
                                              taken(QStringLiteral("lab-web1"), QStringLiteral("port")),
                                              taken(QStringLiteral("lab-db"), QStringLiteral("server")),
                                              taken(QStringLiteral("lab-db-data"), QStringLiteral("volume"))}));
    }

    // A lab deployed with Heat: its stack is the one conflict (its security groups, untagged, are
    // the stack's, not names taken by others), and Heat is not offered again.
    void aLabDeployedWithHeatIsOneConflict()
    {
        LabCloudState cloud = cloudWithExtNet();
        SecurityGroup group;
        group.name = QStringLiteral("lab-public");
        cloud.securityGroups.append(group);
        Stack stack;
        stack.name = QStringLiteral("lab-stack");
        stack.status = QStringLiteral("CREATE_COMPLETE");
        cloud.stacks.append(stack);
        QCOMPARE(LabPlanValidation::conflicts(validPlan(), cloud),
                 QList<LabPlanIssue>{issue(Field::Name, Problem::DeployedWithHeat, QStringLiteral("lab-stack"))});
        QCOMPARE(LabPlanValidation::heatConflicts(validPlan(), cloud), QList<LabPlanIssue>{});
    }

    // A lab deployed without Heat resumes (no conflict), but a stack would duplicate it.
    void aLabDeployedWithoutHeatStopsHeat()
    {
        LabCloudState cloud = cloudWithExtNet();
        QCOMPARE(LabPlanValidation::heatConflicts(validPlan(), cloud), QList<LabPlanIssue>{});
        cloud.networks.append(
            network(QStringLiteral("n1"), QStringLiteral("lab-net"), false, {QStringLiteral("zenith-lab:lab")}));
        QCOMPARE(LabPlanValidation::conflicts(validPlan(), cloud), QList<LabPlanIssue>{});
        QCOMPARE(LabPlanValidation::heatConflicts(validPlan(), cloud),
                 QList<LabPlanIssue>{issue(Field::Name, Problem::Deployed, QStringLiteral("lab"))});
    }

    void publicNetworkMissingOrNotExternal()
    {
        LabCloudState cloud = cloudWithExtNet();
        LabPlan plan = validPlan();
        plan.publicNetwork = QStringLiteral("public");
        QCOMPARE(LabPlanValidation::conflicts(plan, cloud),
                 QList<LabPlanIssue>{issue(Field::PublicNetwork, Problem::NotFound, QStringLiteral("public"))});
        cloud.networks.append(network(QStringLiteral("p"), QStringLiteral("public"), false));
        QCOMPARE(LabPlanValidation::conflicts(plan, cloud),
                 QList<LabPlanIssue>{issue(Field::PublicNetwork, Problem::NotExternal, QStringLiteral("public"))});
    }

    void keypairImagesAndFlavorsMissing()
    {
        LabCloudState cloud = cloudWithExtNet();
        LabPlan plan = validPlan();
        plan.keypair = QStringLiteral("other");
        QCOMPARE(LabPlanValidation::conflicts(plan, cloud),
                 QList<LabPlanIssue>{issue(Field::Keypair, Problem::NotFound, QStringLiteral("other"))});
        plan.keypair = QStringLiteral("lab-key");
        cloud.imageNames = {QStringLiteral("Debian 12")};
        Flavor flavor;
        flavor.name = QStringLiteral("d2-2");
        cloud.flavors = {flavor};
        plan.database = {QStringLiteral("Rocky 9"), QStringLiteral("b2-7")};
        QCOMPARE(LabPlanValidation::conflicts(plan, cloud),
                 (QList<LabPlanIssue>{
                     issue(Field::Image, Problem::NotFound, QStringLiteral("Rocky 9"), QStringLiteral("db")),
                     issue(Field::Flavor, Problem::NotFound, QStringLiteral("b2-7"), QStringLiteral("db"))}));
    }
};

QTEST_GUILESS_MAIN(TestLabPlanValidation)
#include "tst_labplanvalidation.moc"
