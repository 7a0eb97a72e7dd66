#include "secrets/keychainsecretstore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <memory>
#include <optional>

using namespace zenith;
using namespace std::chrono_literals;

namespace {

constexpr auto kTimeout = 1500ms;
constexpr int kTimeoutMs = int(kTimeout.count());
constexpr int kSlackMs = 1000; // a loaded two-core CI machine
const QString kService = QStringLiteral("zenith-test");

// The keyring this run faces. keyring-session.sh builds one and says which in ZENITH_EXPECT_KEYRING;
// a plain run knows only that nothing can answer when no D-Bus session bus can be found or launched.
QByteArray expectedKeyring()
{
    const QByteArray forced = qgetenv("ZENITH_EXPECT_KEYRING");
    if (!forced.isEmpty())
        return forced;
    const bool busReachable = !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") ||
                              !qEnvironmentVariableIsEmpty("DISPLAY") ||
                              QFileInfo::exists(qEnvironmentVariable("XDG_RUNTIME_DIR") + u"/bus");
    return busReachable ? QByteArrayLiteral("any") : QByteArrayLiteral("none");
}

QString uniqueKey(const char* what)
{
    return QStringLiteral("tst_secretskeychain/%1/%2").arg(QCoreApplication::applicationPid()).arg(QLatin1String(what));
}

// Waits, no longer than a call's timeout and some slack, for its one answer; times the wait.
template <typename T> [[nodiscard]] bool answered(const QFuture<T>& future, qint64* elapsedMs = nullptr)
{
    QElapsedTimer clock;
    clock.start();
    const bool finished = QTest::qWaitFor([&] { return future.isFinished(); }, kTimeoutMs + kSlackMs);
    if (elapsedMs)
        *elapsedMs = clock.elapsed();
    return finished && future.resultCount() == 1;
}

} // namespace

//! KeychainSecretStore against whatever keyring this run has (see keyring-session.sh): every call
//! answers within its timeout, with the kind of error that keyring deserves, or a real round trip.
class TestSecretsKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qInfo() << "keyring expected:" << expectedKeyring(); }

    void callsAnswerWithinTheirTimeout()
    {
        const QByteArray expected = expectedKeyring();
        if (expected == "thaw")
            QSKIP("the thaw run checks late answers only");
        KeychainSecretStore store(kService, kTimeout);
        if (expected == "working")
            roundTrip(store);
        else if (expected == "frozen")
            stall(store);
        else if (expected == "none" || expected == "nokeyring")
            refusal(store, SecretError::Kind::Unavailable, SecretError::Kind::Unavailable,
                    SecretError::Kind::Unavailable);
        else if (expected == "nocollection")
            refusal(store, SecretError::Kind::Unavailable, SecretError::Kind::NotFound, std::nullopt);
        else if (expected == "locked")
            refusal(store, SecretError::Kind::Denied, SecretError::Kind::NotFound, std::nullopt);
        else
            whateverThisMachineHas(store);
    }

    void lateAnswerIsDroppedAndTheKeyringRecovers()
    {
        if (expectedKeyring() != "thaw")
            QSKIP("needs a keyring that answers late: keyring-session.sh thaw");
        const QString key = uniqueKey("late");
        auto store = std::make_unique<KeychainSecretStore>(kService, kTimeout);
        qint64 elapsed = 0;
        const auto late = store->write(key, QStringLiteral("written-late"));
        QVERIFY(answered(late, &elapsed));
        QCOMPARE(late.result().error().kind, SecretError::Kind::Timeout);
        QVERIFY2(elapsed >= kTimeoutMs - 100, qPrintable(QString::number(elapsed)));
        QVERIFY(KeychainSecretStore::hasOverdueCalls());
        store.reset(); // the job outlives its store

        QFile flag(qEnvironmentVariable("ZENITH_THAW_FLAG"));
        QVERIFY2(flag.open(QIODevice::WriteOnly), "keyring-session.sh resumes the keyring when this file appears");
        flag.close();
        QElapsedTimer clock;
        clock.start();
        QTRY_VERIFY_WITH_TIMEOUT(!KeychainSecretStore::hasOverdueCalls(), 20000);
        qInfo() << "the late answer came" << clock.elapsed() << "ms after the keyring was resumed";
        QCOMPARE(late.resultCount(), 1);
        QCOMPARE(late.result().error().kind, SecretError::Kind::Timeout);

        // A timed-out write may still land: the keyring did it, only its answer came too late.
        KeychainSecretStore fresh(kService, kTimeout);
        const auto read = fresh.read(key);
        QVERIFY(answered(read));
        QCOMPARE(read.result().value(), QStringLiteral("written-late"));
        const auto removed = fresh.remove(key);
        QVERIFY(answered(removed));
        QVERIFY(removed.result().ok());
        const auto probed = fresh.probe();
        QVERIFY(answered(probed));
        QVERIFY(probed.result().ok());
    }

    void theStoreMayGoBeforeTheKeyringAnswers()
    {
        const QString key = uniqueKey("orphan");
        auto store = std::make_unique<KeychainSecretStore>(kService, kTimeout);
        const auto written = store->write(key, QStringLiteral("v"));
        const auto read = store->read(key);
        store.reset();
        QVERIFY(answered(written));
        QVERIFY(answered(read));
        if (written.result().ok()) {
            KeychainSecretStore cleaner(kService, kTimeout);
            const auto removed = cleaner.remove(key);
            QVERIFY(answered(removed));
            QVERIFY(removed.result().ok());
        }
    }

private:
    static void roundTrip(KeychainSecretStore& store)
    {
        const QString key = uniqueKey("roundtrip");
        const QString secret = QStringLiteral("pässwörd ✓ 🔑 with | and : and spaces");
        const auto written = store.write(key, secret);
        QVERIFY(answered(written));
        QVERIFY2(written.result().ok(), qPrintable(written.result().error().message));
        const auto read = store.read(key);
        QVERIFY(answered(read));
        QCOMPARE(read.result().value(), secret);
        const auto replaced = store.write(key, QStringLiteral("second"));
        QVERIFY(answered(replaced));
        QVERIFY(replaced.result().ok());
        const auto reread = store.read(key);
        QVERIFY(answered(reread));
        QCOMPARE(reread.result().value(), QStringLiteral("second"));
        const auto removed = store.remove(key);
        QVERIFY(answered(removed));
        QVERIFY(removed.result().ok());
        const auto gone = store.read(key);
        QVERIFY(answered(gone));
        QCOMPARE(gone.result().error().kind, SecretError::Kind::NotFound);
        const auto removedAgain = store.remove(key);
        QVERIFY(answered(removedAgain));
        QVERIFY2(removedAgain.result().ok(), "removing an absent entry succeeds");
        const auto probed = store.probe();
        QVERIFY(answered(probed));
        QVERIFY(probed.result().ok());
        // QtKeychain runs jobs in order, so this read comes after the probe's clean-up.
        const auto probeEntry = store.read(SecretStore::probeKey());
        QVERIFY(answered(probeEntry));
        QCOMPARE(probeEntry.result().error().kind, SecretError::Kind::NotFound);
    }

    // A keyring that answers, but no: each call comes back with its error (a removal with nothing to
    // remove may succeed: removeKind nullopt), before any timeout.
    static void refusal(KeychainSecretStore& store, SecretError::Kind writeKind, SecretError::Kind readKind,
                        std::optional<SecretError::Kind> removeKind)
    {
        const QString key = uniqueKey("refused");
        qint64 elapsed = 0;
        const auto written = store.write(key, QStringLiteral("v"));
        QVERIFY(answered(written, &elapsed));
        QVERIFY(!written.result().ok());
        const SecretError writeError = written.result().error();
        qInfo() << "write:" << kindName(writeError.kind) << writeError.message << "in" << elapsed << "ms";
        QCOMPARE(writeError.kind, writeKind);
        QVERIFY(!writeError.message.isEmpty());
        QVERIFY2(elapsed < kTimeoutMs, qPrintable(QString::number(elapsed)));

        const auto read = store.read(key);
        QVERIFY(answered(read, &elapsed));
        QVERIFY(!read.result().ok());
        qInfo() << "read:" << kindName(read.result().error().kind) << read.result().error().message << "in" << elapsed
                << "ms";
        QCOMPARE(read.result().error().kind, readKind);

        const auto removed = store.remove(key);
        QVERIFY(answered(removed, &elapsed));
        const auto removal = removed.result();
        qInfo() << "remove:" << (removal ? QStringLiteral("ok") : kindName(removal.error().kind)) << "in" << elapsed
                << "ms";
        QCOMPARE(removal.ok(), !removeKind);
        if (removeKind)
            QCOMPARE(removal.error().kind, *removeKind);

        const auto probed = store.probe();
        QVERIFY(answered(probed, &elapsed));
        QVERIFY(!probed.result().ok());
        qInfo() << "probe:" << kindName(probed.result().error().kind) << "in" << elapsed << "ms";
        QCOMPARE(probed.result().error().kind, writeKind);
        QVERIFY(!KeychainSecretStore::hasOverdueCalls());
    }

    // A keyring that never answers: the first call times out, the next ones fail at once.
    static void stall(KeychainSecretStore& store)
    {
        const QString key = uniqueKey("stalled");
        qint64 elapsed = 0;
        const auto written = store.write(key, QStringLiteral("v"));
        QVERIFY(answered(written, &elapsed));
        QCOMPARE(written.result().error().kind, SecretError::Kind::Timeout);
        qInfo() << "write timed out after" << elapsed << "ms";
        QVERIFY2(elapsed >= kTimeoutMs - 100, qPrintable(QString::number(elapsed)));
        QVERIFY(KeychainSecretStore::hasOverdueCalls());

        const auto read = store.read(key);
        QVERIFY(answered(read, &elapsed));
        QCOMPARE(read.result().error().kind, SecretError::Kind::Timeout);
        QVERIFY2(elapsed < 500, qPrintable(QString::number(elapsed)));
        const auto probed = store.probe();
        QVERIFY(answered(probed, &elapsed));
        QCOMPARE(probed.result().error().kind, SecretError::Kind::Timeout);
        QVERIFY2(elapsed < 500, qPrintable(QString::number(elapsed)));
        qInfo() << "later calls failed at once, the probe in" << elapsed << "ms";
    }

    // No keyring was prepared: a desktop with a keyring gets a real round trip, anything else a bounded refusal.
    static void whateverThisMachineHas(KeychainSecretStore& store)
    {
        qint64 elapsed = 0;
        const auto probed = store.probe();
        QVERIFY(answered(probed, &elapsed));
        if (probed.result().ok()) {
            qInfo() << "a keyring answers here: checking a real round trip";
            roundTrip(store);
            return;
        }
        const SecretError error = probed.result().error();
        qInfo() << "no usable keyring here:" << kindName(error.kind) << error.message << "in" << elapsed << "ms";
        QVERIFY(error.kind == SecretError::Kind::Unavailable || error.kind == SecretError::Kind::Denied ||
                error.kind == SecretError::Kind::Timeout);
        const auto written = store.write(uniqueKey("any"), QStringLiteral("v"));
        QVERIFY(answered(written));
        QVERIFY(!written.result().ok());
    }
};

QTEST_GUILESS_MAIN(TestSecretsKeychain)
#include "tst_secretskeychain.moc"
