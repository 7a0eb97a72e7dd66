#include "keychainsecretstore.h"

#include <qt6keychain/keychain.h>

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QPromise>
#include <QTimer>

#include <memory>

namespace zenith {

Q_LOGGING_CATEGORY(lcSecrets, "zenith.secrets", QtInfoMsg)

namespace {

SecretError toSecretError(QKeychain::Error error, const QString& message, bool writing)
{
    switch (error) {
    case QKeychain::EntryNotFound: return {SecretError::Kind::NotFound, message};
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied: return {SecretError::Kind::Denied, message};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented: return {SecretError::Kind::Unavailable, message};
    default:
        // Without a Secret Service (a headless session), QtKeychain reports writes as OtherError.
        return {writing ? SecretError::Kind::Unavailable : SecretError::Kind::Other, message};
    }
}

// Runs one job with a deadline. The job may outlive both the deadline and the store: it owns its
// timer, deletes itself when it finishes, and only the first of "finished" and "timed out" counts.
template <typename Out>
QFuture<Out> runJob(QKeychain::Job* job, std::chrono::milliseconds timeout, const char* what,
                    std::function<Out(QKeychain::Job*)> onFinished)
{
    auto promise = std::make_shared<QPromise<Out>>();
    promise->start();
    auto settled = std::make_shared<bool>(false);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    const QString key = job->key();
    const auto settle = [promise, settled](const Out& out) {
        if (*settled)
            return;
        *settled = true;
        promise->addResult(out);
        promise->finish();
    };
    auto* deadline = new QTimer(job);
    deadline->setSingleShot(true);
    QObject::connect(deadline, &QTimer::timeout, job, [settle, timeout, key, what] {
        qCWarning(lcSecrets) << what << key << "timed out after" << timeout.count() << "ms";
        settle(
            Out(SecretError{SecretError::Kind::Timeout,
                            QStringLiteral("The keyring did not answer within %1 s").arg(timeout.count() / 1000.0)}));
    });
    QObject::connect(job, &QKeychain::Job::finished, job, [settle, onFinished, clock, key, what](QKeychain::Job* j) {
        qCDebug(lcSecrets) << what << key << "finished with error" << j->error() << "in" << clock->elapsed() << "ms";
        settle(onFinished(j));
    });
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    deadline->start(timeout);
    job->start();
    return promise->future();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString& service, std::chrono::milliseconds timeout, QObject* parent)
    : SecretStore(parent)
    , m_service(service)
    , m_timeout(timeout)
{}

QFuture<SecretStore::ReadResult> KeychainSecretStore::read(const QString& key)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    return runJob<ReadResult>(job, m_timeout, "read", [](QKeychain::Job* j) -> ReadResult {
        if (j->error() != QKeychain::NoError)
            return toSecretError(j->error(), j->errorString(), false);
        return static_cast<QKeychain::ReadPasswordJob*>(j)->textData();
    });
}

QFuture<SecretStore::WriteResult> KeychainSecretStore::write(const QString& key, const QString& secret)
{
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(secret);
    return runJob<WriteResult>(job, m_timeout, "write", [](QKeychain::Job* j) -> WriteResult {
        if (j->error() != QKeychain::NoError)
            return toSecretError(j->error(), j->errorString(), true);
        return {};
    });
}

QFuture<SecretStore::WriteResult> KeychainSecretStore::remove(const QString& key)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    return runJob<WriteResult>(job, m_timeout, "remove", [](QKeychain::Job* j) -> WriteResult {
        if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound)
            return toSecretError(j->error(), j->errorString(), true);
        return {};
    });
}

} // namespace zenith
