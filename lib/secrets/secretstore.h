#pragma once

#include "core/result.h"
#include "secreterror.h"

#include <QFuture>
#include <QObject>
#include <QString>

namespace zenith {

//! Asynchronous storage for secrets (passwords, application credential secrets), keyed by a
//! string (see secretKey()). Never falls back to plain text: an implementation keeps the secret
//! safe or fails. Use from the GUI thread; every call returns at once and answers through its
//! future (never wait on it with result() on the GUI thread: hang a continuation, e.g. whenFinished()).
//! If the store is destroyed before answering, a pending future is cancelled without a result.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using ReadResult = Result<QString, SecretError>; //!< the secret, or why not
    using WriteResult = Result<void, SecretError>;   //!< done, or why not

    //! Creates a store with an optional QObject parent.
    explicit SecretStore(QObject* parent = nullptr);

    //! The secret stored under `key`; a NotFound error when there is none.
    virtual QFuture<ReadResult> read(const QString& key) = 0;
    //! Stores (or replaces) the secret under `key`.
    virtual QFuture<WriteResult> write(const QString& key, const QString& secret) = 0;
    //! Removes the secret under `key`; removing an absent key succeeds.
    virtual QFuture<WriteResult> remove(const QString& key) = 0;

    //! Whether secrets can be kept at all: writes, reads back and removes a throw-away entry
    //! (key probeKey()), then answers with the first failure, if any. Takes at most three calls'
    //! timeouts (one when the keyring is absent). A probe asked for while one runs shares its answer.
    QFuture<WriteResult> probe();

    //! The key probe() uses; never a key secretKey() returns.
    static QString probeKey();

private:
    QFuture<WriteResult> m_probe;
};

} // namespace zenith
