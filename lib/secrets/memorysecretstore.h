#pragma once

#include "secretstore.h"

#include <QHash>
#include <QStringList>

#include <chrono>
#include <functional>
#include <optional>

namespace zenith {

//! Secrets in process memory only: for tests, and for sessions without a usable keyring (they
//! are forgotten when Zenith quits). Answers from the event loop, never before the call returns,
//! like a keyring; can simulate a failing or slow keyring so callers' error paths get tested.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT

public:
    //! An empty store.
    explicit MemorySecretStore(QObject* parent = nullptr);

    QFuture<ReadResult> read(const QString& key) override;
    QFuture<WriteResult> write(const QString& key, const QString& secret) override;
    QFuture<WriteResult> remove(const QString& key) override;

    //! Makes every later call fail with this kind, leaving the contents alone (nullopt: work again).
    void setFailure(std::optional<SecretError::Kind> kind) { m_failure = kind; }
    //! Answers every later call after this delay (zero: at the next event loop pass).
    void setDelay(std::chrono::milliseconds delay) { m_delay = delay; }
    //! The keys stored, sorted; never the values.
    QStringList keys() const;

private:
    template <typename Out> QFuture<Out> answer(std::function<Out()> compute);

    QHash<QString, QString> m_secrets;
    std::optional<SecretError::Kind> m_failure;
    std::chrono::milliseconds m_delay{0};
};

} // namespace zenith
