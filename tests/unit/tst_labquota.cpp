#include "lab/labplanner.h"
#include "lab/labquotaline.h"

#include <QTest>

using namespace zenith;

using Resource = LabQuotaLine::Resource;

namespace {

LabTopology topology(int webCount)
{
    LabPlan plan;
    plan.webCount = webCount;
    plan.loadBalancer = plan.nameServer = plan.web = {QStringLiteral("Debian 12"), QStringLiteral("d2-2")};
    plan.database = {QStringLiteral("Debian 12"), QStringLiteral("d2-4")};
    plan.databaseVolumeGb = 20;
    return *LabTopology::of(plan);
}

Flavor flavor(const QString& name, int vcpus, int ram)
{
    Flavor f;
    f.id = name + QStringLiteral("-id");
    f.name = name;
    f.vcpus = vcpus;
    f.ram = ram;
    return f;
}

const QList<Flavor> kFlavors{flavor(QStringLiteral("d2-2"), 1, 2048), flavor(QStringLiteral("d2-4"), 2, 4096)};

LabQuotaLine lineOf(const QList<LabQuotaLine>& lines, Resource resource)
{
    for (const LabQuotaLine& l : lines) {
        if (l.resource == resource)
            return l;
    }
    return {.resource = resource, .needed = -999, .used = 0, .limit = 0};
}

NetworkQuotaUsage usage(int used, int limit)
{
    NetworkQuotaUsage u;
    u.used = used;
    u.limit = limit;
    return u;
}

} // namespace

class TestLabQuota : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void whatTheDefaultLabNeeds()
    {
        const QList<LabQuotaLine> needs = LabQuotaLine::needs(topology(2), kFlavors);
        QCOMPARE(needs.size(), 11);
        QCOMPARE(lineOf(needs, Resource::Instances).needed, 5);
        QCOMPARE(lineOf(needs, Resource::Cores).needed, 4 * 1 + 2);
        QCOMPARE(lineOf(needs, Resource::Ram).needed, 4 * 2048 + 4096);
        QCOMPARE(lineOf(needs, Resource::Volumes).needed, 1);
        QCOMPARE(lineOf(needs, Resource::Gigabytes).needed, 20);
        QCOMPARE(lineOf(needs, Resource::Networks).needed, 1);
        QCOMPARE(lineOf(needs, Resource::Subnets).needed, 1);
        QCOMPARE(lineOf(needs, Resource::Ports).needed, 6 + 1); // lb-public, lb-private, ns, db, web1, web2 + DHCP
        QCOMPARE(lineOf(needs, Resource::SecurityGroups).needed, 5);
        // public 4, gateway 1, web 3, db 3, ns 4 = 15 rules, and two default egress rules per group.
        QCOMPARE(lineOf(needs, Resource::SecurityGroupRules).needed, 15 + 10);
        QCOMPARE(lineOf(needs, Resource::ServerGroups).needed, 1);
        for (const LabQuotaLine& l : needs)
            QVERIFY(l.fits()); // unlimited until limits are known
    }

    // A resumed lab needs quota only for what is missing; all of it there, it needs nothing.
    void whatExistsIsNotNeededAgain()
    {
        const LabTopology t = topology(2);
        const QList<LabQuotaLine> needs = LabQuotaLine::needs(t, kFlavors);
        QCOMPARE(LabQuotaLine::lessExisting(needs, t, {}, kFlavors), needs);
        // The network, subnet, web group with 2 of its 3 rules, and the database server.
        const QMap<QString, QString> some{
            {QStringLiteral("network"), QStringLiteral("n")},     {QStringLiteral("subnet"), QStringLiteral("s")},
            {QStringLiteral("group:web"), QStringLiteral("g")},   {QStringLiteral("rule:web:0"), QStringLiteral("r0")},
            {QStringLiteral("rule:web:1"), QStringLiteral("r1")}, {QStringLiteral("port:db"), QStringLiteral("p")},
            {QStringLiteral("server:db"), QStringLiteral("d")}};
        const QList<LabQuotaLine> rest = LabQuotaLine::lessExisting(needs, t, some, kFlavors);
        QCOMPARE(lineOf(rest, Resource::Networks).needed, 0);
        QCOMPARE(lineOf(rest, Resource::Subnets).needed, 0);
        QCOMPARE(lineOf(rest, Resource::Ports).needed, 7 - 1 - 1); // the DHCP port came with the subnet
        QCOMPARE(lineOf(rest, Resource::SecurityGroups).needed, 4);
        QCOMPARE(lineOf(rest, Resource::SecurityGroupRules).needed, 25 - 2 - 2);
        QCOMPARE(lineOf(rest, Resource::Instances).needed, 4);
        QCOMPARE(lineOf(rest, Resource::Cores).needed, 6 - 2); // the database server is a d2-4
        QCOMPARE(lineOf(rest, Resource::Volumes).needed, 1);
        // Everything there: nothing needed.
        QMap<QString, QString> all;
        for (const LabStep& step : LabPlanner::deploySteps(t))
            all.insert(step.id, QStringLiteral("id"));
        for (const LabQuotaLine& l : LabQuotaLine::lessExisting(needs, t, all, kFlavors))
            QVERIFY2(l.needed == 0, qPrintable(LabQuotaLine::resourceName(l.resource)));
    }

    void againstTheProjectsLimits()
    {
        ComputeLimits compute;
        compute.maxTotalInstances = 10;
        compute.totalInstancesUsed = 6; // 6 + 5 > 10
        compute.maxTotalCores = 20;
        compute.totalCoresUsed = 2;
        compute.maxTotalRAMSize = -1;
        compute.totalRAMUsed = 51200;
        compute.maxServerGroups = 10;
        compute.totalServerGroupsUsed = 1;
        NetworkQuota network;
        network.networks = usage(1, 100);
        network.subnets = usage(1, 100);
        network.ports = usage(3, 10); // 3 + 7 = 10 still fits
        network.securityGroups = usage(1, 10);
        network.securityGroupRules = usage(80, 100); // 80 + 25 > 100
        VolumeLimits volume;
        volume.maxTotalVolumes = 10;
        volume.totalVolumesUsed = 0;
        volume.maxTotalVolumeGigabytes = 1000;
        volume.totalGigabytesUsed = 990;
        const QList<LabQuotaLine> lines = LabQuotaLine::of(topology(2), kFlavors, compute, network, volume);
        QCOMPARE(lines.size(), 11);
        const LabQuotaLine instances = lineOf(lines, Resource::Instances);
        QCOMPARE(instances.used, 6);
        QCOMPARE(instances.limit, 10);
        QVERIFY(!instances.fits());
        QVERIFY(lineOf(lines, Resource::Cores).fits());
        QCOMPARE(lineOf(lines, Resource::Ram).limit, -1);
        QVERIFY(lineOf(lines, Resource::Ram).fits());
        QVERIFY(lineOf(lines, Resource::Ports).fits());
        QVERIFY(!lineOf(lines, Resource::SecurityGroupRules).fits());
        QVERIFY(!lineOf(lines, Resource::Gigabytes).fits());
        QCOMPARE(lineOf(lines, Resource::ServerGroups).used, 1);
        QCOMPARE(LabQuotaLine::resourceName(Resource::SecurityGroupRules), QStringLiteral("SecurityGroupRules"));
    }

    void aServerGroupQuotaTheCloudDoesNotReportIsLeftOut()
    {
        const QList<LabQuotaLine> lines = LabQuotaLine::of(topology(1), kFlavors, {}, {}, {});
        QCOMPARE(lines.size(), 10);
        QCOMPARE(lineOf(lines, Resource::ServerGroups).needed, -999);
    }
};

QTEST_GUILESS_MAIN(TestLabQuota)
#include "tst_labquota.moc"
