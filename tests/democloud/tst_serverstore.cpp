#include "serverfixture.h"

#include "compute/deleteserverrequest.h"
#include "compute/listserversrequest.h"
#include "stores/serverstore.h"

#include <QSignalSpy>
#include <QTest>

using namespace zenith;
using namespace zenith::test;

namespace {

ServerStore::Timing fastTiming()
{
    ServerStore::Timing t;
    t.stableRefresh = std::chrono::milliseconds(60000);
    t.firstPoll = std::chrono::milliseconds(50);
    t.maxPoll = std::chrono::milliseconds(200);
    t.pageSize = 10;
    t.firstPageSize = 4;
    return t;
}

int total(const QSignalSpy& spy)
{
    int n = 0;
    for (const QList<QVariant>& args : spy)
        n += int(args.at(0).value<QList<Server>>().size());
    return n;
}

} // namespace

// The ServerStore against the demo cloud: pages as they arrive, polling of transitional servers,
// deletions, session changes and listing errors.
class TestServerStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<QList<Server>>();
        qRegisterMetaType<ApiError>();
    }

    void pagesArriveOneByOne()
    {
        ServerFixture fx;
        QVERIFY(fx.started);
        QCOMPARE(fx.create(QStringLiteral("web"), 25), QString());
        ServerStore store;
        store.setTiming(fastTiming());
        store.setSession(fx.session.get());
        QSignalSpy added(&store, &ServerStore::serversAdded);
        QSignalSpy finished(&store, &ServerStore::loadingFinished);
        int addedBeforeEnd = 0;
        connect(&store, &ServerStore::serversAdded, this, [&] {
            if (finished.isEmpty())
                ++addedBeforeEnd;
        });
        QVERIFY(!store.isLoaded());
        store.start();
        QVERIFY(store.isLoading());
        QVERIFY(finished.wait(10000));
        QCOMPARE(added.count(), 4); // a small first page, then pages of 10: 4, 10, 10 and 1
        QCOMPARE(addedBeforeEnd, 4);
        QCOMPARE(added.at(0).at(0).value<QList<Server>>().size(), 4);
        QCOMPARE(added.at(1).at(0).value<QList<Server>>().size(), 10);
        QCOMPARE(added.at(3).at(0).value<QList<Server>>().size(), 1);
        QCOMPARE(total(added), 25);
        QCOMPARE(store.servers().size(), 25);
        QVERIFY(store.isLoaded());
        QVERIFY(!store.isLoading());
    }

    void buildBecomesActiveThroughPolling()
    {
        ServerFixture fx(4); // slow enough to list the server while it builds
        QVERIFY(fx.started);
        QCOMPARE(fx.create(QStringLiteral("slow"), 1), QString());
        ServerStore store;
        store.setTiming(fastTiming());
        store.setSession(fx.session.get());
        QSignalSpy changed(&store, &ServerStore::serversChanged);
        QSignalSpy finished(&store, &ServerStore::loadingFinished);
        store.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(store.servers().size(), 1);
        const Server first = store.servers().first();
        QCOMPARE(first.status, QStringLiteral("BUILD"));
        QVERIFY(ServerStore::isTransitional(first));
        // No listing runs again within the test (stable refresh: 60 s): only polls can see it.
        QTRY_COMPARE_WITH_TIMEOUT(store.server(first.id)->status, QStringLiteral("ACTIVE"), 30000);
        QVERIFY(!changed.isEmpty());
        QVERIFY(!ServerStore::isTransitional(*store.server(first.id)));
    }

    void watchAddsAServerJustCreated()
    {
        ServerFixture fx(4);
        QVERIFY(fx.started);
        ServerStore store;
        store.setTiming(fastTiming());
        store.setSession(fx.session.get());
        QSignalSpy finished(&store, &ServerStore::loadingFinished);
        store.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(store.servers().size(), 0);
        QCOMPARE(fx.create(QStringLiteral("new"), 1), QString());
        const auto listed = awaitResult(fx.session->send(ListServersRequest{}));
        QVERIFY(listed && listed->items.size() == 1);
        const QString id = listed->items.first().id;
        QSignalSpy added(&store, &ServerStore::serversAdded);
        // The launch dialog's case: the id is known before any listing saw the server.
        store.watch(id);
        QVERIFY(added.wait(5000));
        QCOMPARE(added.first().first().value<QList<Server>>().first().id, id);
        QTRY_COMPARE_WITH_TIMEOUT(store.server(id)->status, QStringLiteral("ACTIVE"), 30000);
        // An id that does not exist is polled once and forgotten, never added.
        store.watch(QStringLiteral("00000000-0000-0000-0000-000000000000"));
        QTest::qWait(500);
        QCOMPARE(store.servers().size(), 1);
    }

    void stableStatesAreNotTransitional()
    {
        Server s;
        for (const char* status : {"ACTIVE", "SHUTOFF", "ERROR", "VERIFY_RESIZE", "SHELVED_OFFLOADED"}) {
            s.status = QString::fromLatin1(status);
            QVERIFY2(!ServerStore::isTransitional(s), status);
        }
        for (const char* status : {"BUILD", "REBOOT", "HARD_REBOOT", "RESIZE"}) {
            s.status = QString::fromLatin1(status);
            QVERIFY2(ServerStore::isTransitional(s), status);
        }
        s.status = QStringLiteral("ACTIVE");
        s.taskState = QStringLiteral("powering-off");
        QVERIFY(ServerStore::isTransitional(s));
    }

    void deletedServerIsRemoved()
    {
        ServerFixture fx;
        QVERIFY(fx.started);
        QCOMPARE(fx.create(QStringLiteral("gone"), 3), QString());
        ServerStore store;
        store.setTiming(fastTiming());
        store.setSession(fx.session.get());
        QSignalSpy finished(&store, &ServerStore::loadingFinished);
        QSignalSpy removed(&store, &ServerStore::serversRemoved);
        store.start();
        QVERIFY(finished.wait(10000));
        const QList<Server> servers = store.servers();
        QCOMPARE(servers.size(), 3);
        // Deleted through the app: the store is told to watch it and polls it away.
        const QString watched = servers.at(0).id;
        QVERIFY(awaitResult(fx.session->send(DeleteServerRequest{watched})).ok());
        store.watch(watched);
        QTRY_VERIFY_WITH_TIMEOUT(!store.server(watched), 20000);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(0).toStringList(), QStringList{watched});
        // Deleted elsewhere (the CLI): the next full listing notices.
        const QString other = servers.at(1).id;
        QVERIFY(awaitResult(fx.session->send(DeleteServerRequest{other})).ok());
        ServerStore::Timing timing = fastTiming();
        timing.stableRefresh = std::chrono::milliseconds(100);
        timing.fullRefreshEvery = 1;
        store.setTiming(timing);
        store.pause();
        store.start();
        QTRY_VERIFY_WITH_TIMEOUT(!store.server(other), 20000);
        QVERIFY(store.server(servers.at(2).id));
        QCOMPARE(store.servers().size(), 1);
    }

    void sessionChangeResets()
    {
        ServerFixture fx;
        QVERIFY(fx.started);
        QCOMPARE(fx.create(QStringLiteral("a"), 4), QString());
        ServerStore store;
        store.setTiming(fastTiming());
        store.setSession(fx.session.get());
        QSignalSpy finished(&store, &ServerStore::loadingFinished);
        QSignalSpy removed(&store, &ServerStore::serversRemoved);
        store.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(store.servers().size(), 4);

        ServerFixture other;
        QVERIFY(other.started);
        QCOMPARE(other.create(QStringLiteral("b"), 2), QString());
        store.setSession(other.session.get());
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(0).toStringList().size(), 4);
        QVERIFY(store.servers().isEmpty());
        QVERIFY(!store.isLoaded());
        QVERIFY(finished.wait(10000)); // active: the new session is listed at once
        QCOMPARE(store.servers().size(), 2);
        for (const Server& s : store.servers())
            QVERIFY(s.name.startsWith(u"b-"));

        store.setSession(nullptr);
        QVERIFY(store.servers().isEmpty());
        QCOMPARE(removed.count(), 2);
    }

    void listingErrorIsReported()
    {
        CloudConfig config;
        {
            ServerFixture gone;
            QVERIFY(gone.started);
            config = gone.cloud->cloudConfig();
        }
        Session session(config); // nobody listens there any more
        session.setOptions(fastSessionOptions());
        ServerStore store;
        store.setTiming(fastTiming());
        store.setSession(&session);
        QSignalSpy failed(&store, &ServerStore::failed);
        QSignalSpy finished(&store, &ServerStore::loadingFinished);
        store.start();
        QVERIFY(failed.wait(20000));
        QVERIFY(finished.isEmpty());
        QVERIFY(!store.isLoading());
        QVERIFY(!store.isLoaded());
        QVERIFY(store.servers().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestServerStore)
#include "tst_serverstore.moc"
