#include "secrets/keychainsecretstore.h"
#include "secrets/memorysecretstore.h"
#include "secrets/secretkey.h"

#include <QElapsedTimer>
#include <QTest>

using namespace zenith;

#define AWAIT(future, ms) QTRY_VERIFY_WITH_TIMEOUT((future).isFinished(), ms)

class TestSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void memoryStoreRoundTrip()
    {
        MemorySecretStore store;
        auto missing = store.read(QStringLiteral("k"));
        AWAIT(missing, 1000);
        QCOMPARE(missing.result().error().kind, SecretError::Kind::NotFound);
        auto written = store.write(QStringLiteral("k"), QStringLiteral("s3cret"));
        AWAIT(written, 1000);
        QVERIFY(written.result().ok());
        auto read = store.read(QStringLiteral("k"));
        AWAIT(read, 1000);
        QCOMPARE(read.result().value(), QStringLiteral("s3cret"));
        auto removed = store.remove(QStringLiteral("k"));
        AWAIT(removed, 1000);
        QVERIFY(removed.result().ok());
        auto gone = store.read(QStringLiteral("k"));
        AWAIT(gone, 1000);
        QCOMPARE(gone.result().error().kind, SecretError::Kind::NotFound);
        QVERIFY(store.keys().isEmpty());
    }

    void memoryStoreSimulatesFailuresAndDelays()
    {
        MemorySecretStore store;
        store.setFailure(SecretError::Kind::Unavailable);
        auto failed = store.write(QStringLiteral("k"), QStringLiteral("v"));
        AWAIT(failed, 1000);
        QCOMPARE(failed.result().error().kind, SecretError::Kind::Unavailable);
        QVERIFY(store.keys().isEmpty());
        store.setFailure(std::nullopt);
        store.setDelay(200);
        QElapsedTimer clock;
        clock.start();
        auto slow = store.write(QStringLiteral("k"), QStringLiteral("v"));
        QVERIFY(!slow.isFinished());
        AWAIT(slow, 2000);
        QVERIFY(clock.elapsed() >= 190);
    }

    void probeTellsWhetherSecretsCanBeKept()
    {
        MemorySecretStore store;
        auto ok = store.probe();
        AWAIT(ok, 1000);
        QVERIFY(ok.result().ok());
        QVERIFY2(store.keys().isEmpty(), "the probe entry is removed");
        store.setFailure(SecretError::Kind::Timeout);
        auto broken = store.probe();
        AWAIT(broken, 1000);
        QCOMPARE(broken.result().error().kind, SecretError::Kind::Timeout);
    }

    // On a machine with a keyring this is a real round trip; on a headless one every call must
    // come back with an error, within the timeout, instead of hanging. keyring-session.sh runs it
    // again with a real working keyring and with a frozen one, and says which through
    // ZENITH_EXPECT_KEYRING, so that neither case can pass by taking the other branch.
    void keychainAnswersWithinItsTimeout()
    {
        const QByteArray expected = qgetenv("ZENITH_EXPECT_KEYRING");
        KeychainSecretStore store(QStringLiteral("zenith-test"), std::chrono::milliseconds(2000));
        const QString key = QStringLiteral("tst_secrets-%1").arg(QCoreApplication::applicationPid());
        QElapsedTimer clock;
        clock.start();
        auto written = store.write(key, QStringLiteral("not-a-real-password"));
        AWAIT(written, 4000);
        QVERIFY2(clock.elapsed() < 3500, qPrintable(QString::number(clock.elapsed())));
        auto read = store.read(key);
        AWAIT(read, 4000);
        auto probe = store.probe();
        AWAIT(probe, 10000);
        if (expected == "working")
            QVERIFY2(written.result().ok(), qPrintable(written.result().error().message));
        if (expected == "frozen")
            QCOMPARE(written.result().error().kind, SecretError::Kind::Timeout);
        if (written.result().ok()) {
            QCOMPARE(read.result().value(), QStringLiteral("not-a-real-password"));
            QVERIFY(probe.result().ok());
            auto removed = store.remove(key);
            AWAIT(removed, 4000);
            QVERIFY(removed.result().ok());
        } else {
            const SecretError::Kind kind = written.result().error().kind;
            qInfo() << "no usable keyring here:" << written.result().error().message;
            QVERIFY(kind == SecretError::Kind::Unavailable || kind == SecretError::Kind::Timeout ||
                    kind == SecretError::Kind::Denied);
            QVERIFY2(!read.result().ok(), "nothing can be read back from a keyring that refused the write");
            QVERIFY(!probe.result().ok());
        }
    }

    void keysSeparateUsersAndClouds()
    {
        CloudConfig a;
        a.name = QStringLiteral("openstack");
        a.auth.authUrl = QUrl(QStringLiteral("https://auth.cloud.ovh.net/v3/"));
        a.auth.username = QStringLiteral("user-a");
        a.auth.userDomainName = QStringLiteral("Default");
        CloudConfig renamed = a;
        renamed.name = QStringLiteral("ovh");
        CloudConfig otherUser = a;
        otherUser.auth.username = QStringLiteral("user-b");
        CloudConfig otherCloud = a;
        otherCloud.auth.authUrl = QUrl(QStringLiteral("http://127.0.0.1:5000/v3"));
        CloudConfig appCred = a;
        appCred.auth.method = AuthSettings::Method::ApplicationCredential;
        appCred.auth.applicationCredentialId = QStringLiteral("ac-1");
        QCOMPARE(secretKey(a), secretKey(renamed));
        QVERIFY(secretKey(a) != secretKey(otherUser));
        QVERIFY(secretKey(a) != secretKey(otherCloud));
        QVERIFY(secretKey(a) != secretKey(appCred));
        QVERIFY(!secretKey(a).contains(QStringLiteral("password=")));
        QCOMPARE(secretKey(a), QStringLiteral("password:https://auth.cloud.ovh.net/v3|Default|user-a"));
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
