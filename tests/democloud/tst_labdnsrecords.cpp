// The lab's A records through a DnsProvider, the same code for Designate and OVHcloud, against the
// demo cloud (its Designate, and its signed simulation of OVHcloud's API): created, left alone
// when right, pointed at a new address, read back, deleted.

#include "compute/createkeypairrequest.h"
#include "dns/designateprovider.h"
#include "dns/ovhdnsprovider.h"
#include "lab/labcheck.h"
#include "lab/labdeployer.h"
#include "lab/labdnsrecords.h"
#include "lab/labheatdeployment.h"
#include "lab/labjournal.h"
#include "lab/labteardown.h"
#include "lab/labverifier.h"
#include "serverfixture.h"

#include <QFile>
#include <QTemporaryDir>

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace zenith;
using namespace zenith::test;

class TestLabDnsRecords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        qRegisterMetaType<ApiError>();
        qRegisterMetaType<DnsZone>();
        qRegisterMetaType<std::optional<ApiError>>();
        m_fx = std::make_unique<ServerFixture>();
        QVERIFY(m_fx->started);
    }

    void cleanup()
    {
        m_provider.reset();
        m_fx.reset();
    }

    void zoneOfPicksTheLongestSuffix()
    {
        const auto zone = [](const QString& id, const QString& name) {
            DnsZone z;
            z.id = id;
            z.name = name;
            return z;
        };
        const DnsZone example = zone(QStringLiteral("1"), QStringLiteral("example."));
        const DnsZone lab = zone(QStringLiteral("2"), QStringLiteral("zenith-lab.example."));
        const DnsZone other = zone(QStringLiteral("3"), QStringLiteral("lab.example."));
        QCOMPARE(LabDnsRecords::zoneOf(QList{example, lab, other}, u"zenith-lab.example"_qs)->id, u"2"_qs);
        QCOMPARE(LabDnsRecords::zoneOf(QList{example, other}, u"zenith-lab.example."_qs)->id, u"1"_qs);
        QVERIFY(!LabDnsRecords::zoneOf(QList{other}, u"zenith-lab.example"_qs));
    }

    void ovhWithoutKeysIsAConflict()
    {
        LabPlan plan;
        plan.domain = QStringLiteral("zenith-lab.example");
        plan.dnsProvider = LabDnsProvider::Ovh;
        const auto issue = LabDnsRecords::credentialsIssue(plan, false);
        QVERIFY(issue);
        QCOMPARE(issue->field, LabPlanIssue::Field::DnsCredentials);
        QCOMPARE(issue->problem, LabPlanIssue::Problem::NotFound);
        QCOMPARE(issue->value, plan.domain);
        QVERIFY(!LabDnsRecords::credentialsIssue(plan, true));
        plan.dnsProvider = LabDnsProvider::Designate;
        QVERIFY(!LabDnsRecords::credentialsIssue(plan, false));
    }

    void recordsLifeCycle_data()
    {
        QTest::addColumn<bool>("ovh");
        QTest::newRow("designate") << false;
        QTest::newRow("ovh") << true;
    }

    void recordsLifeCycle()
    {
        QFETCH(bool, ovh);
        LabPlan plan;
        plan.name = QStringLiteral("lab");
        plan.domain = DemoCloud::ovhZoneName();
        plan.dnsProvider = ovh ? LabDnsProvider::Ovh : LabDnsProvider::Designate;
        plan.loadBalancer = plan.web = plan.database =
            plan.nameServer = {QStringLiteral("Debian 12"), QStringLiteral("d2-2")};
        const LabTopology topology = *LabTopology::of(plan);
        if (ovh) {
            m_provider = std::make_unique<OvhDnsProvider>(m_fx->session.get(), m_fx->cloud->ovhCredentials());
        } else {
            m_provider = std::make_unique<DesignateProvider>(m_fx->session.get());
            auto zone = m_provider->createZone({plan.domain + u'.', QStringLiteral("admin@zenith-lab.example"), 600});
            QVERIFY(QTest::qWaitFor([&] { return zone.isFinished(); }, 20000));
            QVERIFY(zone.result().ok());
        }
        const QString apex = plan.domain + u'.';

        // Nothing yet: both records are created.
        LabDnsRecords records(m_provider.get(), topology);
        QSignalSpy ensured(&records, &LabDnsRecords::ensured);
        QSignalSpy found(&records, &LabDnsRecords::found);
        QSignalSpy removed(&records, &LabDnsRecords::removed);
        QSignalSpy failed(&records, &LabDnsRecords::failed);
        records.ensure(QStringLiteral("203.0.113.10"));
        QVERIFY(ensured.wait(20000) || !failed.isEmpty());
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).value<ApiError>().message));
        const auto created = ensured.first().at(1).toStringList();
        QCOMPARE(created.size(), 2);

        records.read();
        QVERIFY(found.wait(20000));
        auto shown = found.first().first().value<QList<DnsRecord>>();
        QCOMPARE(shown.size(), 2);
        QStringList names;
        for (const DnsRecord& r : shown) {
            names.append(r.name);
            QCOMPARE(r.values, QStringList{u"203.0.113.10"_qs});
        }
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("www.") + apex, apex})); // sorted

        // Right already: nothing created again.
        records.ensure(QStringLiteral("203.0.113.10"));
        QVERIFY(ensured.wait(20000));
        QVERIFY(ensured.at(1).at(1).toStringList().isEmpty());

        // Another address (a gateway made again): updated in place, nothing created.
        records.ensure(QStringLiteral("203.0.113.20"));
        QVERIFY(ensured.wait(20000));
        QVERIFY(ensured.at(2).at(1).toStringList().isEmpty());
        records.read();
        QVERIFY(found.wait(20000));
        shown = found.at(1).first().value<QList<DnsRecord>>();
        QCOMPARE(shown.size(), 2);
        for (const DnsRecord& r : shown)
            QCOMPARE(r.values, QStringList{u"203.0.113.20"_qs});

        // Deleted: exactly those created, then nothing of the lab's names remains.
        records.remove(created);
        QVERIFY(removed.wait(20000));
        records.read();
        QVERIFY(found.wait(20000));
        QVERIFY(found.at(2).first().value<QList<DnsRecord>>().isEmpty());
        QVERIFY(failed.isEmpty());
    }

    // The whole lab with a domain, deployed step by step or as a Heat stack: the records at the
    // provider -> verify green (the DNS check read, not skipped) -> teardown deletes exactly those
    // records (with the stack, for a Heat lab).
    void deployVerifyTeardown_data()
    {
        QTest::addColumn<bool>("ovh");
        QTest::addColumn<bool>("heat");
        QTest::newRow("designate") << false << false;
        QTest::newRow("ovh") << true << false;
        QTest::newRow("designate, heat") << false << true;
        QTest::newRow("ovh, heat") << true << true;
    }

    void deployVerifyTeardown()
    {
        QFETCH(bool, ovh);
        QFETCH(bool, heat);
        LabPlan plan;
        plan.cloud = QStringLiteral("demo");
        plan.name = QStringLiteral("dns");
        plan.domain = DemoCloud::ovhZoneName();
        plan.dnsProvider = ovh ? LabDnsProvider::Ovh : LabDnsProvider::Designate;
        plan.loadBalancer = plan.web = plan.database =
            plan.nameServer = {QStringLiteral("Debian 12"), QStringLiteral("d2-2")};
        QFile key(qEnvironmentVariable("ZENITH_TEST_DATA") + QStringLiteral("/compute/keypair-ed25519.pub"));
        QVERIFY(key.open(QIODevice::ReadOnly));
        CreateKeypairRequest import;
        import.name = QStringLiteral("dns-key");
        import.publicKey = QString::fromUtf8(key.readAll()).trimmed();
        auto imported = m_fx->session->send(import);
        QVERIFY(QTest::qWaitFor([&] { return imported.isFinished(); }, 20000));
        QVERIFY(imported.result().ok());
        plan.keypair = import.name;
        const LabTopology topology = *LabTopology::of(plan);
        if (ovh) {
            m_provider = std::make_unique<OvhDnsProvider>(m_fx->session.get(), m_fx->cloud->ovhCredentials());
        } else {
            m_provider = std::make_unique<DesignateProvider>(m_fx->session.get());
            auto zone = m_provider->createZone({plan.domain + u'.', QStringLiteral("admin@zenith-lab.example"), 600});
            QVERIFY(QTest::qWaitFor([&] { return zone.isFinished(); }, 20000));
            QVERIFY(zone.result().ok());
        }
        QTemporaryDir dir;
        const QString journalPath = dir.filePath(QStringLiteral("dns.json"));

        QString ip;
        if (heat) {
            LabHeatDeployment stack(m_fx->session.get(), topology);
            stack.setPollInterval(50);
            stack.setJournalPath(journalPath);
            if (ovh)
                stack.setDnsProvider(m_provider.get());
            QSignalSpy ensured(&stack, &LabHeatDeployment::recordsEnsured);
            QSignalSpy created(&stack, &LabHeatDeployment::finished);
            stack.create(LabSecrets::generate());
            QVERIFY(created.wait(60000));
            const auto error = created.first().at(1).value<std::optional<ApiError>>();
            QVERIFY2(created.first().first().toBool(), qPrintable(error ? error->message : QString()));
            QVERIFY(!stack.recordsFailed());
            QCOMPARE(ensured.size(), 1);
            ip = stack.deployment().publicIp;
            QVERIFY(!ip.isEmpty());
        } else {
            LabDeployer deployer(m_fx->session.get(), topology, LabSecrets::generate(), journalPath);
            deployer.setWaitForReadiness(false);
            if (ovh)
                deployer.setDnsProvider(m_provider.get());
            QSignalSpy deployed(&deployer, &LabDeployer::finished);
            QSignalSpy stepFailed(&deployer, &LabDeployer::stepFailed);
            deployer.start();
            QVERIFY(deployed.wait(60000));
            for (const auto& f : stepFailed)
                qWarning() << f.at(0).toString() << f.at(1).value<ApiError>().message;
            QCOMPARE(deployed.first().first().toBool(), true);
            ip = deployer.deployment().publicIp;
            QCOMPARE(deployer.state(QStringLiteral("record:") + plan.domain + u'.'), LabStepState::Done);
        }

        LabDnsRecords records(m_provider.get(), topology);
        QSignalSpy found(&records, &LabDnsRecords::found);
        records.read();
        QVERIFY(found.wait(20000));
        auto shown = found.first().first().value<QList<DnsRecord>>();
        QCOMPARE(shown.size(), 2);
        for (const DnsRecord& r : shown)
            QCOMPARE(r.values, QStringList{ip});

        LabVerifier verifier(m_fx->session.get(), topology);
        verifier.setCheckReadiness(false);
        if (ovh)
            verifier.setDnsProvider(m_provider.get());
        QSignalSpy checked(&verifier, &LabVerifier::finished);
        verifier.start();
        QVERIFY(checked.wait(30000));
        const auto checks = checked.first().first().value<QList<LabCheck>>();
        const auto dns = std::find_if(checks.cbegin(), checks.cend(),
                                      [](const LabCheck& c) { return c.kind == LabCheck::Kind::DnsRecordMatches; });
        QVERIFY(dns != checks.cend());
        QVERIFY2(dns->passed && !dns->skipped, qPrintable(dns->detail));

        LabJournal journal(journalPath);
        QVERIFY(journal.load().ok());
        QMap<QString, QString> recordIds;
        for (const QString& name : topology.recordNames)
            recordIds.insert(QStringLiteral("record:") + name,
                             journal.entry(QStringLiteral("record:") + name).resourceId);
        LabTeardown teardown(m_fx->session.get(), topology);
        if (ovh)
            teardown.setDnsProvider(m_provider.get(), recordIds);
        QSignalSpy planned(&teardown, &LabTeardown::planned);
        QSignalSpy torn(&teardown, &LabTeardown::finished);
        teardown.start(false);
        QVERIFY(torn.wait(60000));
        QCOMPARE(torn.first().first().toBool(), true);
        const auto steps = planned.first().first().value<QList<LabStep>>();
        QCOMPARE(std::count_if(steps.cbegin(), steps.cend(),
                               [](const LabStep& s) { return s.kind == LabStepKind::RecordSet; }),
                 2);
        if (heat) {
            // The stack, after the records (they point at its port), and nothing it owns besides.
            const auto kindOf = [&steps](qsizetype i) { return steps.at(i).kind; };
            QCOMPARE(steps.size(), 3);
            QCOMPARE(kindOf(2), LabStepKind::Stack);
        }
        records.read();
        QVERIFY(found.wait(20000));
        QVERIFY(found.last().first().value<QList<DnsRecord>>().isEmpty());
    }

    void missingZoneIsNotFound()
    {
        LabPlan plan;
        plan.name = QStringLiteral("lab");
        plan.domain = QStringLiteral("nowhere.example");
        plan.dnsProvider = LabDnsProvider::Ovh;
        plan.loadBalancer = plan.web = plan.database =
            plan.nameServer = {QStringLiteral("Debian 12"), QStringLiteral("d2-2")};
        m_provider = std::make_unique<OvhDnsProvider>(m_fx->session.get(), m_fx->cloud->ovhCredentials());
        LabDnsRecords records(m_provider.get(), *LabTopology::of(plan));
        QSignalSpy failed(&records, &LabDnsRecords::failed);
        records.ensure(QStringLiteral("203.0.113.10"));
        QVERIFY(failed.wait(20000));
        QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::NotFound);
    }

private:
    std::unique_ptr<ServerFixture> m_fx;
    std::unique_ptr<DnsProvider> m_provider;
};

QTEST_GUILESS_MAIN(TestLabDnsRecords)
#include "tst_labdnsrecords.moc"
