#include "cli/labsnapshotcommand.h"
#include "lab/labdatabasesnapshot.h"

#include "labtutorial.h"

#include <QTest>
#include <QTimeZone>

using namespace zenith;

// The lab's database snapshots: their names, their tag and the `openstack` lines that match.
class TestLabSnapshotCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commandsAreWhatAStudentTypes()
    {
        const LabTopology lab = test::tutorialLab();
        QCOMPARE(LabSnapshotCommand::create(lab, u"lab-db-20261206-174501"_qs),
                 u"openstack volume snapshot create --volume lab-db-data --force --property zenith-lab=lab "
                 "lab-db-20261206-174501"_qs);
        QCOMPARE(LabSnapshotCommand::remove(u"lab-db-20261206-174501"_qs),
                 u"openstack volume snapshot delete lab-db-20261206-174501"_qs);
        QCOMPARE(LabSnapshotCommand::restore(lab, u"lab-db-20261206-174501"_qs),
                 u"openstack volume create --snapshot lab-db-20261206-174501 lab-db-data-restored"_qs);
        QCOMPARE(LabSnapshotCommand::list(lab), u"openstack volume snapshot list --volume lab-db-data"_qs);
    }

    void namesCarryTheUtcTime()
    {
        const LabTopology lab = test::tutorialLab();
        // 19:45:01 in Paris in winter is 18:45:01 UTC.
        const QDateTime paris(QDate(2026, 12, 6), QTime(19, 45, 1), QTimeZone(QByteArrayLiteral("Europe/Paris")));
        QCOMPARE(LabDatabaseSnapshot::nameAt(lab.plan, paris), u"lab-db-20261206-184501"_qs);
    }

    void snapshotsBelongByTheirTag()
    {
        const LabTopology lab = test::tutorialLab();
        VolumeSnapshot ours;
        ours.id = QStringLiteral("5f0c");
        ours.name = QStringLiteral("lab-db-20261206-184501");
        ours.metadata.insert(QStringLiteral("zenith-lab"), QStringLiteral("lab"));
        VolumeSnapshot other = ours;
        other.metadata.insert(QStringLiteral("zenith-lab"), QStringLiteral("lab2"));
        VolumeSnapshot untagged = ours;
        untagged.metadata.clear();
        QVERIFY(LabDatabaseSnapshot::belongsTo(ours, lab.plan));
        QVERIFY(!LabDatabaseSnapshot::belongsTo(other, lab.plan));
        QVERIFY(!LabDatabaseSnapshot::belongsTo(untagged, lab.plan));

        const LabStep step = LabDatabaseSnapshot::teardownStep(ours);
        QCOMPARE(step.id, u"snapshot:5f0c"_qs);
        QCOMPARE(step.kind, LabStepKind::VolumeSnapshot);
        QCOMPARE(step.name, ours.name);
        QCOMPARE(step.command, u"openstack volume snapshot delete lab-db-20261206-184501"_qs);
        QCOMPARE(labStepKindName(step.kind), u"VolumeSnapshot"_qs);
    }
};

QTEST_GUILESS_MAIN(TestLabSnapshotCommand)
#include "tst_labsnapshotcommand.moc"
