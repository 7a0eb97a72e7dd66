// The lab's A records through a DnsProvider, the same code for Designate and OVHcloud, against the
// demo cloud (its Designate, and its signed simulation of OVHcloud's API): created, left alone
// when right, pointed at a new address, read back, deleted.

#include "core/session.h"
#include "democloud/democloud.h"
#include "dns/designateprovider.h"
#include "dns/ovhdnsprovider.h"
#include "lab/labdnsrecords.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace zenith;

class TestLabDnsRecords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        qRegisterMetaType<ApiError>();
        qRegisterMetaType<DnsZone>();
        m_cloud = std::make_unique<DemoCloud>();
        QString why;
        QVERIFY2(m_cloud->start(0, &why), qPrintable(why));
        m_session = std::make_unique<Session>(m_cloud->cloudConfig());
    }

    void cleanup()
    {
        m_provider.reset();
        m_session.reset();
        m_cloud.reset();
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
        QCOMPARE(LabDnsRecords::zoneOf({example, lab, other}, u"zenith-lab.example"_qs)->id, u"2"_qs);
        QCOMPARE(LabDnsRecords::zoneOf({example, other}, u"zenith-lab.example."_qs)->id, u"1"_qs);
        QVERIFY(!LabDnsRecords::zoneOf({other}, u"zenith-lab.example"_qs));
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
            m_provider = std::make_unique<OvhDnsProvider>(m_session.get(), m_cloud->ovhCredentials());
        } else {
            m_provider = std::make_unique<DesignateProvider>(m_session.get());
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

    void missingZoneIsNotFound()
    {
        LabPlan plan;
        plan.name = QStringLiteral("lab");
        plan.domain = QStringLiteral("nowhere.example");
        plan.dnsProvider = LabDnsProvider::Ovh;
        plan.loadBalancer = plan.web = plan.database =
            plan.nameServer = {QStringLiteral("Debian 12"), QStringLiteral("d2-2")};
        m_provider = std::make_unique<OvhDnsProvider>(m_session.get(), m_cloud->ovhCredentials());
        LabDnsRecords records(m_provider.get(), *LabTopology::of(plan));
        QSignalSpy failed(&records, &LabDnsRecords::failed);
        records.ensure(QStringLiteral("203.0.113.10"));
        QVERIFY(failed.wait(20000));
        QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::NotFound);
    }

private:
    std::unique_ptr<DemoCloud> m_cloud;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<DnsProvider> m_provider;
};

QTEST_GUILESS_MAIN(TestLabDnsRecords)
#include "tst_labdnsrecords.moc"
