#pragma once

#include "secretstore.h"

#include <QHash>

#include <optional>

namespace zenith {

//! Secrets in process memory only: for tests, and for sessions without a usable keyring.
//! Can simulate a failing or slow keyring so callers' error paths get tested.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT

public:
    explicit MemorySecretStore(QObject* parent = nullptr);

    QFuture<ReadResult> read(const QString& key) override;
    QFuture<WriteResult> write(const QString& key, const QString& secret) override;
    QFuture<WriteResult> remove(const QString& key) override;

    //! Makes every later call fail with this kind (nullopt: work again).
    void setFailure(std::optional<SecretError::Kind> kind) { m_failure = kind; }
    //! Answers every later call after this many milliseconds (0: at once).
    void setDelay(int ms) { m_delayMs = ms; }
    //! Keys stored; never the values.
    QStringList keys() const { return m_secrets.keys(); }

private:
    template <typename Out> QFuture<Out> answer(std::function<Out()> compute);

    QHash<QString, QString> m_secrets;
    std::optional<SecretError::Kind> m_failure;
    int m_delayMs = 0;
};

} // namespace zenith
