#include "democloud/democloud.h"

#include "core/session.h"
#include "image/listimagesrequest.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace zenith;

namespace {

SessionOptions fastOptions()
{
    SessionOptions o;
    o.transferTimeout = std::chrono::milliseconds(3000);
    o.retry.baseDelay = std::chrono::milliseconds(50);
    o.retry.maxDelay = std::chrono::milliseconds(3000);
    o.retry.maxRetries = 2;
    o.retry.jitter = 0;
    o.tokenRefreshMargin = std::chrono::seconds(0);
    return o;
}

template <typename T> Result<T> await(QFuture<Result<T>> future)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 20000))
        return ApiError::local(ApiError::Kind::Timeout, QStringLiteral("no answer in 20 s"));
    return future.result();
}

QStringList imageNames(const Result<Page<Image>>& page)
{
    QStringList names;
    for (const Image& image : page->items)
        names.append(image.name);
    names.sort();
    return names;
}

} // namespace

// The demo cloud through the same Session as any cloud: what it seeds, and the faults it injects
// for the reliability work (each fault checked by what the client does about it).
class TestDemoCloud : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_cloud = std::make_unique<DemoCloud>();
        QString why;
        QVERIFY2(m_cloud->start(0, &why), qPrintable(why));
        m_session = std::make_unique<Session>(m_cloud->cloudConfig());
        m_session->setOptions(fastOptions());
    }

    void cleanup()
    {
        m_session.reset();
        m_cloud.reset();
    }

    void listensOnLoopbackAndSeedsTheClassroomImages()
    {
        QCOMPARE(m_cloud->authUrl().host(), QStringLiteral("127.0.0.1"));
        const auto images = await(m_session->send(ListImagesRequest{}));
        QVERIFY2(images.ok(), qPrintable(images ? QString() : images.error().message));
        QCOMPARE(imageNames(images), (QStringList{QStringLiteral("Debian 12"), QStringLiteral("Ubuntu 22.04")}));
        QCOMPARE(m_session->token()->catalog.regions(), (QStringList{QStringLiteral("GRA11"), QStringLiteral("SBG5")}));
    }

    void rateLimitBurstIsWaitedOut()
    {
        QVERIFY(await(m_session->authenticate()).ok());
        auto faults = m_cloud->faults();
        faults.rateLimitBurst = 1;
        faults.retryAfterSeconds = 1;
        m_cloud->setFaults(faults);
        QElapsedTimer clock;
        clock.start();
        const auto images = await(m_session->send(ListImagesRequest{}));
        QVERIFY(images.ok());
        QVERIFY2(clock.elapsed() >= 900, qPrintable(QString::number(clock.elapsed()))); // Retry-After honoured
        QCOMPARE(m_cloud->faults().rateLimitBurst, 0);
    }

    void unavailableServiceEndsInAServerError()
    {
        QVERIFY(await(m_session->authenticate()).ok());
        auto faults = m_cloud->faults();
        faults.errorRate.insert(QStringLiteral("image"), 1.0);
        m_cloud->setFaults(faults);
        const auto images = await(m_session->send(ListImagesRequest{}));
        QVERIFY(!images.ok());
        QCOMPARE(images.error().httpStatus, 503);
        QCOMPARE(kindName(images.error().kind), QStringLiteral("Server"));
        QVERIFY(!images.error().requestId.isEmpty());
    }

    void expiredTokenIsRenewedOnce()
    {
        auto faults = m_cloud->faults();
        faults.tokenLifetimeSeconds = 1;
        m_cloud->setFaults(faults);
        QSignalSpy signedIn(m_session.get(), &Session::authenticated);
        QVERIFY(await(m_session->authenticate()).ok());
        QTest::qWait(1200);
        const auto images = await(m_session->send(ListImagesRequest{}));
        QVERIFY2(images.ok(), qPrintable(images ? QString() : images.error().message));
        QCOMPARE(signedIn.count(), 2);
    }

    void droppedConnectionsAreNetworkErrors()
    {
        QVERIFY(await(m_session->authenticate()).ok());
        auto faults = m_cloud->faults();
        faults.dropRate = 1.0;
        m_cloud->setFaults(faults);
        const auto images = await(m_session->send(ListImagesRequest{}));
        QVERIFY(!images.ok());
        QCOMPARE(kindName(images.error().kind), QStringLiteral("Network"));
    }

    void latencyDelaysEveryAnswer()
    {
        QVERIFY(await(m_session->authenticate()).ok());
        auto faults = m_cloud->faults();
        faults.latencyMs = 300;
        m_cloud->setFaults(faults);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(await(m_session->send(ListImagesRequest{})).ok());
        QVERIFY2(clock.elapsed() >= 290, qPrintable(QString::number(clock.elapsed())));
    }

    void stateSurvivesARestart()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("demo.json"));
        QString why;
        QVERIFY2(m_cloud->save(file, &why), qPrintable(why));
        const auto before = await(m_session->send(ListImagesRequest{}));
        QVERIFY(before.ok());
        // The application credential's secret is not written down.
        static const QRegularExpression secretLine(QStringLiteral("application_credential_secret: (\\w+)"));
        const QString secret = secretLine.match(m_cloud->cloudsYaml()).captured(1);
        QVERIFY(secret.size() >= 16);
        QFile saved(file);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(!saved.readAll().contains(secret.toLatin1()));

        // A new cloud seeds new ids; loading the file brings the old ones (and the old account) back.
        DemoCloud restarted;
        QVERIFY(restarted.load(file, &why));
        QVERIFY(restarted.start(0, &why));
        Session session(restarted.cloudConfig());
        session.setOptions(fastOptions());
        const auto after = await(session.send(ListImagesRequest{}));
        QVERIFY2(after.ok(), qPrintable(after ? QString() : after.error().message));
        QCOMPARE(after->items.size(), before->items.size());
        QVERIFY(secretLine.match(restarted.cloudsYaml()).captured(1).size() >= 16); // a new one
        for (qsizetype i = 0; i < after->items.size(); ++i)
            QCOMPARE(after->items[i].id, before->items[i].id);

        QFile broken(dir.filePath(QStringLiteral("broken.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"state\": ");
        broken.close();
        QVERIFY(!restarted.load(broken.fileName(), &why));
        QVERIFY(!why.isEmpty());
    }

private:
    std::unique_ptr<DemoCloud> m_cloud;
    std::unique_ptr<Session> m_session;
};

QTEST_GUILESS_MAIN(TestDemoCloud)
#include "tst_democloud.moc"
