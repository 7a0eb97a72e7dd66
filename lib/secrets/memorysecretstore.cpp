#include "memorysecretstore.h"

#include <QPromise>
#include <QTimer>

#include <memory>

namespace zenith {

MemorySecretStore::MemorySecretStore(QObject* parent)
    : SecretStore(parent)
{}

QStringList MemorySecretStore::keys() const
{
    QStringList keys = m_secrets.keys();
    keys.sort();
    return keys;
}

template <typename Out> QFuture<Out> MemorySecretStore::answer(std::function<Out()> compute)
{
    auto promise = std::make_shared<QPromise<Out>>();
    promise->start();
    const std::optional<SecretError::Kind> failure = m_failure;
    // Answered from the event loop even without a delay, so callers cannot come to rely on a
    // synchronous answer that the real keyring never gives. The store is the timer's context:
    // destroying it drops the answer, which cancels the future.
    QTimer::singleShot(m_delay, this, [promise, failure, compute = std::move(compute)] {
        promise->addResult(failure ? Out(SecretError{*failure, QStringLiteral("Simulated keyring failure")})
                                   : compute());
        promise->finish();
    });
    return promise->future();
}

QFuture<SecretStore::ReadResult> MemorySecretStore::read(const QString& key)
{
    return answer<ReadResult>([this, key]() -> ReadResult {
        const auto it = m_secrets.constFind(key);
        if (it == m_secrets.constEnd())
            return SecretError{SecretError::Kind::NotFound, QStringLiteral("No secret stored under %1").arg(key)};
        return *it;
    });
}

QFuture<SecretStore::WriteResult> MemorySecretStore::write(const QString& key, const QString& secret)
{
    return answer<WriteResult>([this, key, secret]() -> WriteResult {
        m_secrets.insert(key, secret);
        return {};
    });
}

QFuture<SecretStore::WriteResult> MemorySecretStore::remove(const QString& key)
{
    return answer<WriteResult>([this, key]() -> WriteResult {
        m_secrets.remove(key);
        return {};
    });
}

} // namespace zenith
