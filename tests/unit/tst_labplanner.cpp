#include "testdata.h"

#include "lab/labjournal.h"
#include "lab/labplanner.h"
#include "lab/labsecretvault.h"
#include "network/listportsrequest.h"
#include "network/replaceneutrontagsrequest.h"
#include "secrets/memorysecretstore.h"

#include "labtutorial.h"

#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace zenith;

class TestLabPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyResourceHasAStep()
    {
        const QList<LabStep> steps = LabPlanner::deploySteps(test::tutorialLab());
        const auto map = test::stepsById(steps);
        QCOMPARE(map.size(), steps.size()); // ids are unique
        for (const QString& id :
             {u"network"_qs, u"subnet"_qs, u"group:public"_qs, u"group:db"_qs, u"rule:db:0"_qs, u"port:lb-public"_qs,
              u"port:lb-private"_qs, u"port:web2"_qs, u"server-group"_qs, u"volume"_qs, u"server:lb"_qs,
              u"server:web1"_qs, u"ready:web1"_qs, u"ready:lb"_qs, u"attach:db"_qs,
              u"record:www.zenith-lab.example."_qs, u"record:zenith-lab.example."_qs})
            QVERIFY2(map.contains(id), qPrintable(id));
        // 5 groups, 15 rules, 6 ports, 5 servers and their readiness, group, volume, attachment, 2 records
        QCOMPARE(steps.size(), 2 + 5 + 15 + 6 + 1 + 1 + 5 + 5 + 1 + 2);
    }

    void stepsComeAfterTheirDependencies()
    {
        const QList<LabStep> steps = LabPlanner::deploySteps(test::tutorialLab());
        QSet<QString> seen;
        for (const LabStep& s : steps) {
            for (const QString& dep : s.dependsOn)
                QVERIFY2(seen.contains(dep), qPrintable(s.id + u" before " + dep));
            seen.insert(s.id);
        }
    }

    void dependenciesFollowTheTutorial()
    {
        const auto map = test::stepsById(LabPlanner::deploySteps(test::tutorialLab()));
        QCOMPARE(map[u"subnet"_qs].dependsOn, QStringList{u"network"_qs});
        QCOMPARE(map[u"rule:db:0"_qs].dependsOn, (QStringList{u"group:db"_qs, u"group:web"_qs}));
        QCOMPARE(map[u"port:lb-public"_qs].dependsOn, QStringList{u"group:public"_qs});
        QCOMPARE(map[u"port:lb-private"_qs].dependsOn, (QStringList{u"subnet"_qs, u"group:gateway"_qs}));
        QCOMPARE(map[u"server:lb"_qs].dependsOn, (QStringList{u"port:lb-public"_qs, u"port:lb-private"_qs}));
        QCOMPARE(map[u"server:web1"_qs].dependsOn, (QStringList{u"port:web1"_qs, u"server-group"_qs}));
        QCOMPARE(map[u"server:db"_qs].dependsOn, (QStringList{u"port:db"_qs, u"volume"_qs}));
        QCOMPARE(map[u"ready:lb"_qs].dependsOn, QStringList{u"server:lb"_qs});
        QCOMPARE(map[u"ready:web2"_qs].dependsOn, (QStringList{u"server:web2"_qs, u"ready:lb"_qs}));
        QCOMPARE(map[u"attach:db"_qs].dependsOn, (QStringList{u"server:db"_qs, u"volume"_qs}));
        QCOMPARE(map[u"record:www.zenith-lab.example."_qs].dependsOn, QStringList{u"port:lb-public"_qs});
    }

    void criticalPath()
    {
        // network → subnet → port → server → ready:lb → ready:web1
        QCOMPARE(LabPlanner::criticalPathLength(LabPlanner::deploySteps(test::tutorialLab())), 6);
        QCOMPARE(LabPlanner::criticalPathLength({}), 0);
        // detach, server db, port db, subnet, network (records wait for nothing)
        QCOMPARE(LabPlanner::criticalPathLength(LabPlanner::teardownSteps(test::tutorialLab())), 5);
    }

    void teardownGoesInReverse()
    {
        const QList<LabStep> steps = LabPlanner::teardownSteps(test::tutorialLab());
        QSet<QString> seen;
        for (const LabStep& s : steps) {
            for (const QString& dep : s.dependsOn)
                QVERIFY2(seen.contains(dep), qPrintable(s.id + u" before " + dep));
            seen.insert(s.id);
        }
        QCOMPARE(steps.first().kind, LabStepKind::RecordSet);
        QCOMPARE(steps.last().id, u"network"_qs);
        const auto map = test::stepsById(steps);
        QCOMPARE(map[u"port:lb-private"_qs].dependsOn, QStringList{u"server:lb"_qs});
        QCOMPARE(map[u"server:db"_qs].dependsOn, QStringList{u"attach:db"_qs});
        QCOMPARE(map[u"group:web"_qs].dependsOn, (QStringList{u"port:web1"_qs, u"port:web2"_qs}));
        QCOMPARE(map[u"server-group"_qs].dependsOn, (QStringList{u"server:web1"_qs, u"server:web2"_qs}));
        QVERIFY(!map.contains(u"rule:db:0"_qs)); // rules go with their groups
        QCOMPARE(map[u"network"_qs].command, u"openstack network delete lab-net"_qs);
    }

    void noRecordsWithoutADomain()
    {
        LabPlan plan;
        const QList<LabStep> steps = LabPlanner::deploySteps(*LabTopology::of(plan));
        for (const LabStep& s : steps)
            QVERIFY(s.kind != LabStepKind::RecordSet);
    }

    void neutronTagsRequestAndFilter()
    {
        const ReplaceNeutronTagsRequest tags{u"security-groups"_qs, u"g 1"_qs, {u"zenith-lab:lab"_qs}};
        const RequestSpec spec = tags.spec();
        QCOMPARE(spec.method, HttpMethod::Put);
        QCOMPARE(spec.path, u"security-groups/g%201/tags"_qs);
        QCOMPARE(QJsonDocument::fromJson(spec.body).object(),
                 (QJsonObject{{u"tags"_qs, QJsonArray{u"zenith-lab:lab"_qs}}}));
        QByteArray body;
        QString why;
        QVERIFY2(test::loadFixture(u"network/tags-replace.json"_qs, body, why), qPrintable(why));
        const auto parsed = ReplaceNeutronTagsRequest::parse(200, body);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value(), (QStringList{u"zenith-lab:probe"_qs, u"course"_qs}));
        QVERIFY(!ReplaceNeutronTagsRequest::parse(200, "{\"tags\": 3}").ok());

        ListPortsRequest ports;
        ports.tags = u"zenith-lab:lab"_qs;
        QCOMPARE(ports.spec().query.queryItemValue(u"tags"_qs), u"zenith-lab:lab"_qs);
    }

    void secretsAreKeptPerLab()
    {
        MemorySecretStore store;
        auto first = LabSecretVault::obtain(store, u"ovh"_qs, u"tp1"_qs);
        QVERIFY(QTest::qWaitFor([&] { return first.isFinished(); }, 5000));
        QVERIFY(first.result().ok());
        const LabSecrets kept = first.result().value();
        QCOMPARE(kept.databasePassword.size(), 24);
        auto again = LabSecretVault::obtain(store, u"ovh"_qs, u"tp1"_qs);
        QVERIFY(QTest::qWaitFor([&] { return again.isFinished(); }, 5000));
        QCOMPARE(again.result().value(), kept);
        auto other = LabSecretVault::obtain(store, u"ovh"_qs, u"tp2"_qs);
        QVERIFY(QTest::qWaitFor([&] { return other.isFinished(); }, 5000));
        QVERIFY(other.result().value().databasePassword != kept.databasePassword);
        QCOMPARE(LabSecretVault::key(u"ovh"_qs, u"tp1"_qs), u"zenith-lab:ovh|tp1"_qs);
    }

    void journalRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"labs/demo-lab.json"_qs);
        LabJournal journal(path);
        journal.record(u"network"_qs, LabStepState::Done, u"net-1"_qs);
        journal.record(u"ready:lb"_qs, LabStepState::Skipped);
        QVERIFY(journal.save().ok());
        LabJournal again(path);
        QVERIFY(again.load().ok());
        QCOMPARE(again.entries(), journal.entries());
        QCOMPARE(again.entry(u"network"_qs).resourceId, u"net-1"_qs);
        QCOMPARE(again.entry(u"absent"_qs).state, LabStepState::Pending);
        LabJournal missing(dir.filePath(u"none.json"_qs));
        QVERIFY(missing.load().ok());
        QVERIFY(missing.entries().isEmpty());
        QVERIFY(LabJournal::defaultPath(u"ovh"_qs, u"tp1"_qs).endsWith(u"/labs/ovh-tp1.json"_qs));
    }
};

QTEST_GUILESS_MAIN(TestLabPlanner)
#include "tst_labplanner.moc"
