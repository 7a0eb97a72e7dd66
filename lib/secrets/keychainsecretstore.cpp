#include "keychainsecretstore.h"

#include <qt6keychain/keychain.h>

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QPromise>
#include <QTimer>

#include <memory>

namespace zenith {

namespace {

Q_LOGGING_CATEGORY(lcSecrets, "zenith.secrets", QtInfoMsg)

// QtKeychain's JobExecutor runs one job at a time for the whole process, so a job stuck in a keyring
// that never answers holds back every later one: counted process-wide, like that queue (GUI thread only).
int g_overdueJobs = 0;

SecretError fromKeychain(QKeychain::Error error, const QString& message)
{
    switch (error) {
    case QKeychain::EntryNotFound: return {SecretError::Kind::NotFound, message};
    // libsecret says AccessDenied when the collection stays locked: prompt dismissed, or none could show.
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser: return {SecretError::Kind::Denied, message};
    // libsecret reports every D-Bus failure as OtherError: no session bus ("Cannot autolaunch D-Bus
    // without X11 $DISPLAY"), no org.freedesktop.secrets on the bus, a dropped connection.
    case QKeychain::OtherError:
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented: return {SecretError::Kind::Unavailable, message};
    case QKeychain::NoError:
    case QKeychain::CouldNotDeleteEntry: break;
    }
    return {SecretError::Kind::Other, message};
}

SecretStore::ReadResult readAnswer(const QKeychain::Job& job)
{
    if (job.error() != QKeychain::NoError)
        return fromKeychain(job.error(), job.errorString());
    return static_cast<const QKeychain::ReadPasswordJob&>(job).textData();
}

SecretStore::WriteResult writeAnswer(const QKeychain::Job& job)
{
    if (job.error() != QKeychain::NoError)
        return fromKeychain(job.error(), job.errorString());
    return {};
}

SecretStore::WriteResult removeAnswer(const QKeychain::Job& job)
{
    if (job.error() == QKeychain::EntryNotFound)
        return {};
    return writeAnswer(job);
}

template <typename Out> QString outcome(const Out& out)
{
    return out ? QStringLiteral("ok") : kindName(out.error().kind);
}

// One call, shared by its deadline and its job's answer: whichever comes first settles it.
template <typename Out> struct Call
{
    QPromise<Out> promise;
    QElapsedTimer clock;
    const char* operation = "";
    QString key;
    bool settled = false;
    bool overdue = false;

    void settle(const Out& out)
    {
        settled = true;
        promise.addResult(out);
        promise.finish();
    }

    void onDeadline(std::chrono::milliseconds timeout)
    {
        if (settled)
            return;
        overdue = true;
        ++g_overdueJobs;
        qCWarning(lcSecrets) << operation << key << "got no answer within" << timeout.count() << "ms";
        settle(SecretError{SecretError::Kind::Timeout,
                           QStringLiteral("The keyring did not answer within %1 ms").arg(timeout.count())});
    }

    void onFinished(const QKeychain::Job& job, Out (*interpret)(const QKeychain::Job&))
    {
        const Out out = interpret(job);
        if (overdue) {
            --g_overdueJobs;
            qCInfo(lcSecrets) << operation << key << "answered" << outcome(out) << "after" << clock.elapsed()
                              << "ms, past its deadline: dropped";
            return;
        }
        qCDebug(lcSecrets) << operation << key << "answered" << outcome(out) << "(QtKeychain error" << job.error()
                           << ") in" << clock.elapsed() << "ms";
        settle(out);
    }
};

template <typename Out>
QFuture<Out> run(QKeychain::Job* job, std::chrono::milliseconds timeout, const char* operation,
                 Out (*interpret)(const QKeychain::Job&))
{
    auto call = std::make_shared<Call<Out>>();
    call->operation = operation;
    call->key = job->key();
    call->promise.start();
    if (g_overdueJobs > 0) {
        qCDebug(lcSecrets) << operation << call->key << "not tried: an earlier keyring call is still unanswered";
        delete job; // not started, so no backend holds it yet
        call->settle(SecretError{SecretError::Kind::Timeout,
                                 QStringLiteral("The keyring has not answered an earlier request yet")});
        return call->promise.future();
    }
    // Once started, a job is never deleted by us nor parented to the store: libsecret keeps a raw
    // pointer to it until its D-Bus call returns, however late. It deletes itself when it finishes.
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    auto* deadline = new QTimer(job);
    deadline->setSingleShot(true);
    deadline->setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5% early
    QObject::connect(deadline, &QTimer::timeout, job, [call, timeout] { call->onDeadline(timeout); });
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [call, interpret](QKeychain::Job* finished) { call->onFinished(*finished, interpret); });
    call->clock.start();
    deadline->start(timeout);
    job->start();
    return call->promise.future();
}

} // namespace

QString KeychainSecretStore::defaultService()
{
    return QStringLiteral("zenith");
}

KeychainSecretStore::KeychainSecretStore(const QString& service, std::chrono::milliseconds timeout, QObject* parent)
    : SecretStore(parent)
    , m_service(service)
    , m_timeout(timeout)
{}

bool KeychainSecretStore::hasOverdueCalls()
{
    return g_overdueJobs > 0;
}

QFuture<SecretStore::ReadResult> KeychainSecretStore::read(const QString& key)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    return run(job, m_timeout, "read", &readAnswer);
}

QFuture<SecretStore::WriteResult> KeychainSecretStore::write(const QString& key, const QString& secret)
{
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(secret);
    return run(job, m_timeout, "write", &writeAnswer);
}

QFuture<SecretStore::WriteResult> KeychainSecretStore::remove(const QString& key)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    return run(job, m_timeout, "remove", &removeAnswer);
}

} // namespace zenith
