#include "memorysecretstore.h"

#include <QPromise>
#include <QTimer>

#include <memory>

namespace zenith {

MemorySecretStore::MemorySecretStore(QObject* parent)
    : SecretStore(parent)
{}

template <typename Out> QFuture<Out> MemorySecretStore::answer(std::function<Out()> compute)
{
    auto promise = std::make_shared<QPromise<Out>>();
    promise->start();
    const std::optional<SecretError::Kind> failure = m_failure;
    const auto settle = [promise, failure, compute] {
        promise->addResult(failure ? Out(SecretError{*failure, QStringLiteral("Simulated keyring failure")})
                                   : compute());
        promise->finish();
    };
    if (m_delayMs > 0)
        QTimer::singleShot(m_delayMs, this, settle);
    else
        settle();
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
