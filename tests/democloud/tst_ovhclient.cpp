#include "democloud/democloud.h"

#include "core/session.h"
#include "ovh/ovhclient.h"

#include <QDateTime>
#include <QTest>

using namespace zenith;

namespace {

template <typename T> Result<T> await(QFuture<Result<T>> future)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 20000))
        return ApiError::local(ApiError::Kind::Timeout, QStringLiteral("no answer in 20 s"));
    if (future.resultCount() == 0)
        return ApiError::local(ApiError::Kind::Cancelled, QStringLiteral("no result"));
    return future.result();
}

template <typename T> QString why(const Result<T>& result)
{
    return result ? QString()
                  : kindName(result.error().kind) + u' ' + result.error().code + u' ' + result.error().message;
}

OvhNewRecord aRecord(const QString& subDomain, const QString& target)
{
    return OvhNewRecord{QStringLiteral("A"), subDomain, target, 3600};
}

} // namespace

// OvhClient against the demo cloud's simulation of OVHcloud's DNS API, which checks every
// signature as OVHcloud does: what a lab's DNS pane does with a student's zone, and each way
// OVHcloud refuses keys.
class TestOvhClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_cloud = std::make_unique<DemoCloud>();
        QString error;
        QVERIFY2(m_cloud->start(0, &error), qPrintable(error));
        m_session = std::make_unique<Session>(m_cloud->cloudConfig());
    }

    void cleanup()
    {
        m_session.reset();
        m_cloud.reset();
    }

    void listsTheSeededZoneAfterReadingTheClock()
    {
        OvhClient client(m_session.get(), m_cloud->ovhCredentials());
        QVERIFY(!client.timeOffset());
        const auto zones = await(client.listZones());
        QVERIFY2(zones.ok(), qPrintable(why(zones)));
        QCOMPARE(*zones, QStringList{DemoCloud::ovhZoneName()});
        QVERIFY(client.timeOffset());
        QVERIFY(qAbs(*client.timeOffset()) <= 2);
        const auto zone = await(client.getZone(DemoCloud::ovhZoneName()));
        QVERIFY2(zone.ok(), qPrintable(why(zone)));
        QCOMPARE(zone->name, DemoCloud::ovhZoneName());
        QCOMPARE(zone->nameServers.size(), 2);
        QVERIFY(zone->lastUpdate.isValid());
    }

    void createsListsUpdatesAndDeletesARecord()
    {
        OvhClient client(m_session.get(), m_cloud->ovhCredentials());
        const QString zone = DemoCloud::ovhZoneName();
        const auto created =
            await(client.createRecord(zone, aRecord(QStringLiteral("www"), QStringLiteral("203.0.113.7"))));
        QVERIFY2(created.ok(), qPrintable(why(created)));
        QVERIFY2(created->id > Q_INT64_C(0xffffffff), "ids past 32 bits survive");
        QCOMPARE(created->zone, zone);
        QCOMPARE(created->subDomain, QStringLiteral("www"));
        QCOMPARE(created->target, QStringLiteral("203.0.113.7"));
        QCOMPARE(created->ttl, 3600);

        OvhRecordFilter www;
        www.fieldType = QStringLiteral("A");
        www.subDomain = QStringLiteral("www");
        const auto ids = await(client.listRecordIds(zone, www));
        QVERIFY2(ids.ok(), qPrintable(why(ids)));
        QCOMPARE(*ids, QList<qint64>{created->id});
        const auto all = await(client.listRecords(zone));
        QVERIFY2(all.ok(), qPrintable(why(all)));
        QCOMPARE(all->size(), 4); // two NS and an SPF TXT seeded at the apex, and www
        QCOMPARE(all->last().id, created->id);
        OvhRecordFilter apex;
        apex.subDomain = QString();
        const auto atApex = await(client.listRecords(zone, apex));
        QCOMPARE(atApex->size(), 3);
        OvhRecordFilter ns;
        ns.fieldType = QStringLiteral("NS");
        QCOMPARE(await(client.listRecords(zone, ns))->size(), 2);

        OvhRecordUpdate update;
        update.target = QStringLiteral("198.51.100.20");
        update.ttl = 0;
        const auto updated = await(client.updateRecord(zone, created->id, update));
        QVERIFY2(updated.ok(), qPrintable(why(updated)));
        const auto read = await(client.getRecord(zone, created->id));
        QVERIFY2(read.ok(), qPrintable(why(read)));
        QCOMPARE(read->target, QStringLiteral("198.51.100.20"));
        QCOMPARE(read->ttl, 0);
        QCOMPARE(read->subDomain, QStringLiteral("www"));

        const auto refreshed = await(client.refreshZone(zone));
        QVERIFY2(refreshed.ok(), qPrintable(why(refreshed)));

        QVERIFY2(await(client.deleteRecord(zone, created->id)).ok(), "deleted");
        const auto gone = await(client.getRecord(zone, created->id));
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().kind, ApiError::Kind::NotFound);
        QVERIFY2(gone.error().message.contains(QString::number(created->id)), qPrintable(gone.error().message));
        QVERIFY(await(client.listRecordIds(zone, www))->isEmpty());
    }

    void readsRecordsInParallelButBounded()
    {
        OvhClient client(m_session.get(), m_cloud->ovhCredentials());
        const QString zone = DemoCloud::ovhZoneName();
        for (int i = 0; i < 12; ++i) {
            const auto created = await(client.createRecord(
                zone, aRecord(QStringLiteral("host%1").arg(i), QStringLiteral("203.0.113.%1").arg(10 + i))));
            QVERIFY2(created.ok(), qPrintable(why(created)));
        }
        client.setMaxParallelReads(4);
        int most = 0;
        connect(m_session.get(), &Session::inFlightChanged, this, [&most](int count) { most = std::max(most, count); });
        const auto records = await(client.listRecords(zone));
        QVERIFY2(records.ok(), qPrintable(why(records)));
        QCOMPARE(records->size(), 15);
        QVERIFY2(most >= 2, qPrintable(QStringLiteral("at most %1 read at once: not parallel").arg(most)));
        QVERIFY2(most <= 4, qPrintable(QStringLiteral("%1 reads at once, above the bound").arg(most)));
        for (int i = 1; i < records->size(); ++i)
            QVERIFY2(records->at(i - 1).id < records->at(i).id, "in the order of the listing");
    }

    void anUnknownZoneIsNotFound()
    {
        OvhClient client(m_session.get(), m_cloud->ovhCredentials());
        const auto zone = await(client.getZone(QStringLiteral("not-mine.example")));
        QVERIFY(!zone.ok());
        QCOMPARE(zone.error().kind, ApiError::Kind::NotFound);
        QCOMPARE(zone.error().message, QStringLiteral("This service does not exist"));
        QCOMPARE(zone.error().service, QStringLiteral("ovh"));
        QVERIFY2(!zone.error().requestId.isEmpty(), "the X-Ovh-QueryId is kept for OVHcloud's support");
        const auto records = await(client.listRecords(QStringLiteral("not-mine.example")));
        QCOMPARE(records.error().kind, ApiError::Kind::NotFound);
    }

    void aBadValueIsRefusedByTheServer()
    {
        OvhClient client(m_session.get(), m_cloud->ovhCredentials());
        const auto created = await(
            client.createRecord(DemoCloud::ovhZoneName(), aRecord(QStringLiteral("www"), QStringLiteral("nope"))));
        QVERIFY(!created.ok());
        QCOMPARE(created.error().kind, ApiError::Kind::BadRequest);
        QCOMPARE(created.error().httpStatus, 400);
    }

    void aWrongSignatureIsRefused()
    {
        OvhCredentials keys = m_cloud->ovhCredentials();
        keys.applicationSecret += u'x';
        OvhClient client(m_session.get(), keys);
        const auto zones = await(client.listZones());
        QVERIFY(!zones.ok());
        QCOMPARE(zones.error().kind, ApiError::Kind::Unauthorized);
        QCOMPARE(zones.error().code, QStringLiteral("INVALID_SIGNATURE"));
        QCOMPARE(zones.error().httpStatus, 400);
    }

    void anUnknownConsumerKeyIsRefused()
    {
        OvhCredentials keys = m_cloud->ovhCredentials();
        keys.consumerKey = QStringLiteral("revokedConsumerKey");
        OvhClient client(m_session.get(), keys);
        const auto zones = await(client.listZones());
        QCOMPARE(zones.error().kind, ApiError::Kind::Unauthorized);
        QCOMPARE(zones.error().code, QStringLiteral("INVALID_CREDENTIAL"));
        QCOMPARE(zones.error().httpStatus, 403);
    }

    void anUnknownApplicationKeyIsRefused()
    {
        OvhCredentials keys = m_cloud->ovhCredentials();
        keys.applicationKey = QStringLiteral("someoneElsesApp");
        OvhClient client(m_session.get(), keys);
        const auto zones = await(client.listZones());
        QCOMPARE(zones.error().kind, ApiError::Kind::Unauthorized);
        QCOMPARE(zones.error().message, QStringLiteral("This application key is invalid"));
    }

    void readOnlyKeysCannotChangeRecords()
    {
        OvhClient client(m_session.get(), m_cloud->ovhCredentials(DemoCloud::OvhAccess::ReadOnly));
        QVERIFY(await(client.listRecords(DemoCloud::ovhZoneName())).ok());
        const auto created = await(client.createRecord(DemoCloud::ovhZoneName(),
                                                       aRecord(QStringLiteral("www"), QStringLiteral("203.0.113.7"))));
        QVERIFY(!created.ok());
        QCOMPARE(created.error().kind, ApiError::Kind::Forbidden);
        QCOMPARE(created.error().code, QStringLiteral("NOT_GRANTED_CALL"));
        QCOMPARE(created.error().message, QStringLiteral("This call has not been granted"));
    }

    void aWrongLocalClockIsCorrectedByTheServerTime()
    {
        const qint64 threeHours = 3 * 3600;
        OvhClient client(m_session.get(), m_cloud->ovhCredentials());
        client.setLocalClock([threeHours] { return QDateTime::currentSecsSinceEpoch() - threeHours; });
        const auto zones = await(client.listZones());
        QVERIFY2(zones.ok(), qPrintable(why(zones)));
        QVERIFY(qAbs(*client.timeOffset() - threeHours) <= 2);

        // Without the server's time, the same clock signs a timestamp the server refuses.
        OvhClient naive(m_session.get(), m_cloud->ovhCredentials());
        naive.setLocalClock([threeHours] { return QDateTime::currentSecsSinceEpoch() - threeHours; });
        naive.setTimeOffset(0);
        const auto refused = await(naive.listZones());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ApiError::Kind::Unauthorized);
        QCOMPARE(refused.error().message, QStringLiteral("Query out of time"));
    }

    void callsMadeBeforeTheClockIsKnownAllWaitForOneRead()
    {
        OvhClient client(m_session.get(), m_cloud->ovhCredentials());
        auto zones = client.listZones();
        auto zone = client.getZone(DemoCloud::ovhZoneName());
        auto ids = client.listRecordIds(DemoCloud::ovhZoneName());
        QVERIFY(await(zones).ok());
        QVERIFY(await(zone).ok());
        QCOMPARE(await(ids)->size(), 3);
    }

    void anUnreachableClockFailsTheWaitingCalls()
    {
        OvhCredentials keys = m_cloud->ovhCredentials();
        keys.endpoint = QUrl(QStringLiteral("http://127.0.0.1:%1/ovh/9.9").arg(m_cloud->port()));
        OvhClient client(m_session.get(), keys);
        const auto zones = await(client.listZones());
        QVERIFY(!zones.ok());
        QCOMPARE(zones.error().kind, ApiError::Kind::NotFound);
        QVERIFY(!client.timeOffset());
    }

private:
    std::unique_ptr<DemoCloud> m_cloud;
    std::unique_ptr<Session> m_session;
};

QTEST_GUILESS_MAIN(TestOvhClient)
#include "tst_ovhclient.moc"
