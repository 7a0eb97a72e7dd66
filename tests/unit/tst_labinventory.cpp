#include "lab/labinventory.h"
#include "lab/labplanner.h"
#include "labfixture.h"

#include <QTest>

using namespace zenith;

namespace {

LabTopology labTopology(const QString& name = QStringLiteral("lab"))
{
    LabPlan plan;
    plan.name = name;
    plan.keypair = QStringLiteral("lab-key");
    plan.loadBalancer = plan.web = plan.database =
        plan.nameServer = {QStringLiteral("tiny"), QStringLiteral("m1.nano")};
    plan.domain = QStringLiteral("zenith-lab.example");
    plan.dnsProvider = LabDnsProvider::Designate;
    return *LabTopology::of(plan);
}

} // namespace

//! LabInventory::of: which of the listed resources are the lab's, keyed by the planner's step ids.
class TestLabInventory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_fixture.ok(), qPrintable(m_fixture.why())); }

    void aDeployedLabIsFoundWhole()
    {
        const LabTopology t = labTopology();
        LabCloudState state = m_fixture.healthy(t);
        state.zoneId = QStringLiteral("zone-id");
        for (RecordSet& r : state.records)
            r.description = t.plan.tag();
        const LabInventory inventory = LabInventory::of(state, t);
        for (const LabStep& step : LabPlanner::deploySteps(t)) {
            if (step.kind != LabStepKind::ServerReady)
                QVERIFY2(inventory.ids.contains(step.id), qPrintable(step.id));
        }
        QCOMPARE(inventory.ids.value(QStringLiteral("attach:db")), QStringLiteral("srv-db"));
        QCOMPARE(inventory.publicIp, QString::fromLatin1(test::LabFixture::kPublicIp));
        QCOMPARE(inventory.serverStatus.value(QStringLiteral("db")), QStringLiteral("ACTIVE"));
        QCOMPARE(inventory.zoneId, QStringLiteral("zone-id"));
        QVERIFY(inventory.strays.isEmpty());
    }

    // A whole project's listing holds resources of the same names that are not the lab's: they
    // must never be adopted (teardown would delete them).
    void untaggedNamesakesAreNotTheLabs()
    {
        const LabTopology t = labTopology();
        LabCloudState state = m_fixture.healthy(t);
        for (Network& n : state.networks)
            n.tags.clear();
        for (Port& p : state.ports)
            p.tags.removeAll(t.plan.tag());
        for (Server& s : state.servers)
            s.tags.clear();
        state.volumes.first().metadata.clear();
        const LabInventory inventory = LabInventory::of(state, t);
        QVERIFY(!inventory.ids.contains(QStringLiteral("network")));
        QVERIFY(!inventory.ids.contains(QStringLiteral("port:lb-private")));
        QVERIFY(!inventory.ids.contains(QStringLiteral("server:db")));
        QVERIFY(!inventory.ids.contains(QStringLiteral("volume")));
        QVERIFY(inventory.ids.contains(QStringLiteral("subnet"))); // still tagged
        QVERIFY(inventory.publicIp.isEmpty());
    }

    void anotherLabsResourcesAreNotThisLabs()
    {
        const LabTopology other = labTopology(QStringLiteral("other"));
        const LabInventory inventory = LabInventory::of(m_fixture.healthy(other), labTopology());
        QVERIFY2(inventory.ids.isEmpty() || inventory.ids.keys() == QStringList{QStringLiteral("server-group")},
                 qPrintable(inventory.ids.keys().join(u", ")));
    }

    // Tagged, but no step of this topology names it (a lab shrunk from three web servers to two):
    // teardown still deletes it.
    void taggedLeftoversAreStrays()
    {
        const LabTopology t = labTopology();
        LabCloudState state = m_fixture.healthy(t);
        Port extra = state.ports.constLast();
        extra.id = QStringLiteral("port-web3");
        extra.name = t.plan.resourceName(QStringLiteral("web3"));
        state.ports.append(extra);
        const LabInventory inventory = LabInventory::of(state, t);
        QCOMPARE(inventory.strays.value(QString(QStringLiteral("port:") + extra.name)), QStringLiteral("port-web3"));
    }

private:
    test::LabFixture m_fixture;
};

QTEST_GUILESS_MAIN(TestLabInventory)
#include "tst_labinventory.moc"
