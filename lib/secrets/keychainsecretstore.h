#pragma once

#include "secretstore.h"

#include <chrono>

namespace zenith {

//! Secrets in the system keyring through QtKeychain (the Secret Service via libsecret, or KWallet),
//! never in plain text. Every call is bounded by a timeout: a keyring that never answers (a locked
//! one whose unlock prompt cannot show) yields a Timeout error instead of a frozen window.
//!
//! A call that timed out may still complete in the keyring later (a write may land); its late answer
//! is dropped. QtKeychain runs one job at a time per process, so while a call is overdue every new
//! call fails at once with Timeout rather than queueing behind it; calls work again once it answers.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    //! The keyring service (libsecret's "server" attribute) under which Zenith keeps its secrets.
    static QString defaultService();
    //! How long a call may take before it fails with Timeout, unless set otherwise.
    static constexpr std::chrono::milliseconds defaultTimeout{5000};

    //! A store for `service`'s entries, each call bounded by `timeout`.
    explicit KeychainSecretStore(const QString& service = defaultService(),
                                 std::chrono::milliseconds timeout = defaultTimeout, QObject* parent = nullptr);

    QFuture<ReadResult> read(const QString& key) override;
    QFuture<WriteResult> write(const QString& key, const QString& secret) override;
    QFuture<WriteResult> remove(const QString& key) override;

    //! The keyring service the entries are filed under.
    QString service() const { return m_service; }
    //! How long each call may take.
    std::chrono::milliseconds timeout() const { return m_timeout; }
    //! Bounds the calls made from now on.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    //! True while a keychain call of this process is past its deadline and still unanswered.
    static bool hasOverdueCalls();

private:
    QString m_service;
    std::chrono::milliseconds m_timeout;
};

} // namespace zenith
