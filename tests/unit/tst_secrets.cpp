#include "secrets/memorysecretstore.h"
#include "secrets/secretkey.h"

#include <QElapsedTimer>
#include <QTest>

#include <memory>

Q_DECLARE_METATYPE(zenith::SecretError::Kind)

using namespace zenith;
using namespace std::chrono_literals;

namespace {

// Waits, bounded, for a future to finish, then hands back its one result.
template <typename T> bool await(const QFuture<T>& future, int ms = 2000)
{
    return QTest::qWaitFor([&] { return future.isFinished(); }, ms) && future.resultCount() == 1;
}

CloudConfig passwordCloud()
{
    CloudConfig cloud;
    cloud.name = QStringLiteral("openstack");
    cloud.source = QStringLiteral("/home/alice/.config/openstack/clouds.yaml");
    cloud.auth.authUrl = QUrl(QStringLiteral("https://auth.cloud.ovh.net/v3/"));
    cloud.auth.username = QStringLiteral("alice");
    cloud.auth.userDomainName = QStringLiteral("Default");
    cloud.auth.password = QStringLiteral("s3cret");
    return cloud;
}

} // namespace

//! MemorySecretStore (and through it SecretStore::probe) and the key naming of cloud secrets.
class TestSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readingAnAbsentKeyIsNotFound()
    {
        MemorySecretStore store;
        auto missing = store.read(QStringLiteral("k"));
        QVERIFY(await(missing));
        QCOMPARE(missing.result().error().kind, SecretError::Kind::NotFound);
    }

    void writeReadOverwriteRemove()
    {
        MemorySecretStore store;
        auto written = store.write(QStringLiteral("k"), QStringLiteral("s3cret"));
        QVERIFY(await(written));
        QVERIFY(written.result().ok());
        auto read = store.read(QStringLiteral("k"));
        QVERIFY(await(read));
        QCOMPARE(read.result().value(), QStringLiteral("s3cret"));

        auto replaced = store.write(QStringLiteral("k"), QStringLiteral("pässwörd ✓ 🔑"));
        QVERIFY(await(replaced));
        auto reread = store.read(QStringLiteral("k"));
        QVERIFY(await(reread));
        QCOMPARE(reread.result().value(), QStringLiteral("pässwörd ✓ 🔑"));
        QCOMPARE(store.keys(), QStringList{QStringLiteral("k")});

        auto removed = store.remove(QStringLiteral("k"));
        QVERIFY(await(removed));
        QVERIFY(removed.result().ok());
        auto gone = store.read(QStringLiteral("k"));
        QVERIFY(await(gone));
        QCOMPARE(gone.result().error().kind, SecretError::Kind::NotFound);
        QVERIFY(store.keys().isEmpty());
    }

    void removingAnAbsentKeySucceeds()
    {
        MemorySecretStore store;
        auto removed = store.remove(QStringLiteral("never-written"));
        QVERIFY(await(removed));
        QVERIFY(removed.result().ok());
    }

    void keysAreSortedAndNeverValues()
    {
        MemorySecretStore store;
        auto b = store.write(QStringLiteral("b"), QStringLiteral("value-b"));
        auto a = store.write(QStringLiteral("a"), QStringLiteral("value-a"));
        QVERIFY(await(a));
        QVERIFY(await(b));
        QCOMPARE(store.keys(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    }

    void answersOnlyFromTheEventLoop()
    {
        MemorySecretStore store;
        auto written = store.write(QStringLiteral("k"), QStringLiteral("v"));
        QVERIFY2(!written.isFinished(), "like a keyring, never an answer before the call returns");
        QVERIFY(store.keys().isEmpty());
        QVERIFY(await(written));
        QCOMPARE(store.keys(), QStringList{QStringLiteral("k")});
    }

    void simulatesEachFailure_data()
    {
        QTest::addColumn<SecretError::Kind>("kind");
        for (auto kind : {SecretError::Kind::NotFound, SecretError::Kind::Unavailable, SecretError::Kind::Timeout,
                          SecretError::Kind::Denied, SecretError::Kind::Other})
            QTest::newRow(qPrintable(kindName(kind))) << kind;
    }

    void simulatesEachFailure()
    {
        QFETCH(SecretError::Kind, kind);
        MemorySecretStore store;
        auto kept = store.write(QStringLiteral("kept"), QStringLiteral("v"));
        QVERIFY(await(kept));
        store.setFailure(kind);
        auto written = store.write(QStringLiteral("k"), QStringLiteral("v"));
        auto read = store.read(QStringLiteral("kept"));
        auto removed = store.remove(QStringLiteral("kept"));
        QVERIFY(await(written));
        QVERIFY(await(read));
        QVERIFY(await(removed));
        QCOMPARE(written.result().error().kind, kind);
        QCOMPARE(read.result().error().kind, kind);
        QCOMPARE(removed.result().error().kind, kind);
        QVERIFY(!read.result().error().message.isEmpty());
        QCOMPARE(store.keys(), QStringList{QStringLiteral("kept")});

        store.setFailure(std::nullopt);
        auto again = store.read(QStringLiteral("kept"));
        QVERIFY(await(again));
        QCOMPARE(again.result().value(), QStringLiteral("v"));
    }

    void simulatesASlowKeyring()
    {
        MemorySecretStore store;
        store.setDelay(300ms);
        store.setFailure(SecretError::Kind::Timeout);
        QElapsedTimer clock;
        clock.start();
        auto slow = store.read(QStringLiteral("k"));
        QCoreApplication::processEvents();
        QVERIFY(!slow.isFinished());
        QVERIFY(await(slow, 3000));
        QVERIFY2(clock.elapsed() >= 290, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(slow.result().error().kind, SecretError::Kind::Timeout);
    }

    void destroyingTheStoreCancelsPendingCalls()
    {
        auto store = std::make_unique<MemorySecretStore>();
        store->setDelay(50ms);
        auto pending = store->read(QStringLiteral("k"));
        auto probing = store->probe();
        store.reset();
        QTRY_VERIFY_WITH_TIMEOUT(pending.isFinished() && probing.isFinished(), 2000);
        QVERIFY(pending.isCanceled());
        QCOMPARE(pending.resultCount(), 0);
        QVERIFY(probing.isCanceled());
    }

    void probeRoundTripsAndCleansUp()
    {
        MemorySecretStore store;
        auto ok = store.probe();
        QVERIFY(await(ok));
        QVERIFY(ok.result().ok());
        QVERIFY2(store.keys().isEmpty(), "the probe entry is removed");
    }

    void probeReportsTheFailure_data()
    {
        QTest::addColumn<SecretError::Kind>("kind");
        QTest::newRow("Unavailable") << SecretError::Kind::Unavailable;
        QTest::newRow("Timeout") << SecretError::Kind::Timeout;
        QTest::newRow("Denied") << SecretError::Kind::Denied;
    }

    void probeReportsTheFailure()
    {
        QFETCH(SecretError::Kind, kind);
        MemorySecretStore store;
        store.setFailure(kind);
        auto broken = store.probe();
        QVERIFY(await(broken));
        QCOMPARE(broken.result().error().kind, kind);
    }

    void concurrentProbesShareOneAnswer()
    {
        // Two separate probes would each write their own value and one would read back the other's.
        MemorySecretStore store;
        store.setDelay(20ms);
        auto first = store.probe();
        auto second = store.probe();
        QVERIFY(await(first));
        QVERIFY(await(second));
        QVERIFY(first.result().ok());
        QVERIFY(second.result().ok());
        auto later = store.probe();
        QVERIFY(!later.isFinished());
        QVERIFY(await(later));
        QVERIFY(later.result().ok());
    }

    void kindNamesAreStable()
    {
        QCOMPARE(kindName(SecretError::Kind::NotFound), QStringLiteral("NotFound"));
        QCOMPARE(kindName(SecretError::Kind::Unavailable), QStringLiteral("Unavailable"));
        QCOMPARE(kindName(SecretError::Kind::Timeout), QStringLiteral("Timeout"));
        QCOMPARE(kindName(SecretError::Kind::Denied), QStringLiteral("Denied"));
        QCOMPARE(kindName(SecretError::Kind::Other), QStringLiteral("Other"));
    }

    void passwordKeyNamesKeystoneDomainAndUser()
    {
        const CloudConfig cloud = passwordCloud();
        QCOMPARE(secretKey(cloud), QStringLiteral("password:https://auth.cloud.ovh.net/v3|Default|alice"));
        QVERIFY(!secretKey(cloud).contains(cloud.auth.password));

        CloudConfig renamedElsewhere = cloud;
        renamedElsewhere.name = QStringLiteral("ovh");
        renamedElsewhere.source = QStringLiteral("/etc/openstack/clouds.yaml");
        QCOMPARE(secretKey(renamedElsewhere), secretKey(cloud));

        CloudConfig spelledDifferently = cloud;
        spelledDifferently.auth.authUrl = QUrl(QStringLiteral("https://bob:pw@auth.cloud.ovh.net/./v3"));
        QCOMPARE(secretKey(spelledDifferently), secretKey(cloud));

        CloudConfig byId = cloud;
        byId.auth.userId = QStringLiteral("0a1b2c");
        byId.auth.userDomainName.clear();
        QCOMPARE(secretKey(byId), QStringLiteral("password:https://auth.cloud.ovh.net/v3||0a1b2c"));
    }

    void keysOfDifferentAccountsDiffer_data()
    {
        QTest::addColumn<CloudConfig>("other");
        const CloudConfig base = passwordCloud();
        CloudConfig c = base;
        c.auth.username = QStringLiteral("bob");
        QTest::newRow("another user") << c;
        c = base;
        c.auth.userDomainName = QStringLiteral("students");
        QTest::newRow("another domain") << c;
        c = base;
        c.auth.authUrl = QUrl(QStringLiteral("http://127.0.0.1:5000/v3"));
        QTest::newRow("another Keystone") << c;
        c = base;
        c.auth.method = AuthSettings::Method::ApplicationCredential;
        c.auth.applicationCredentialName = QStringLiteral("alice");
        QTest::newRow("an application credential") << c;
        c = base;
        c.auth.method = AuthSettings::Method::Token;
        QTest::newRow("a token") << c;
    }

    void keysOfDifferentAccountsDiffer()
    {
        QFETCH(CloudConfig, other);
        QVERIFY(secretKey(other) != secretKey(passwordCloud()));
    }

    void applicationCredentialAndTokenKeys()
    {
        CloudConfig cloud = passwordCloud();
        cloud.auth.method = AuthSettings::Method::ApplicationCredential;
        cloud.auth.applicationCredentialId = QStringLiteral("ac-1");
        QCOMPARE(secretKey(cloud), QStringLiteral("application-credential:https://auth.cloud.ovh.net/v3|ac-1"));
        cloud.auth.applicationCredentialId.clear();
        cloud.auth.applicationCredentialName = QStringLiteral("lab");
        QCOMPARE(secretKey(cloud),
                 QStringLiteral("application-credential:https://auth.cloud.ovh.net/v3|Default|alice|lab"));

        cloud.auth.method = AuthSettings::Method::Token;
        QCOMPARE(secretKey(cloud), QStringLiteral("token:https://auth.cloud.ovh.net/v3|"
                                                  "/home/alice/.config/openstack/clouds.yaml|openstack"));
        CloudConfig sameNameOtherFile = cloud;
        sameNameOtherFile.source = QStringLiteral("/etc/openstack/clouds.yaml");
        QVERIFY(secretKey(sameNameOtherFile) != secretKey(cloud));
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
