#pragma once

#include "secretstore.h"

#include <chrono>

namespace zenith {

//! Secrets in the system keyring through QtKeychain (Secret Service, KWallet), never in plain text.
//! Every call is bounded: a keyring that never answers (a locked one whose unlock prompt cannot
//! show) yields a Timeout error instead of a frozen window.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(const QString& service = QStringLiteral("zenith"),
                                 std::chrono::milliseconds timeout = std::chrono::seconds(5),
                                 QObject* parent = nullptr);

    QFuture<ReadResult> read(const QString& key) override;
    QFuture<WriteResult> write(const QString& key, const QString& secret) override;
    QFuture<WriteResult> remove(const QString& key) override;

private:
    QString m_service;
    std::chrono::milliseconds m_timeout;
};

} // namespace zenith
