#pragma once

#include "core/result.h"

#include <QFuture>
#include <QMetaType>
#include <QObject>
#include <QString>

namespace zenith {

//! Why a secret could not be read, written or removed.
struct SecretError
{
    enum class Kind {
        NotFound,    //!< nothing stored under that key
        Unavailable, //!< no keyring service answers (a headless machine without a Secret Service)
        Timeout,     //!< the keyring did not answer in time (e.g. a locked keyring whose prompt never shows)
        Denied,      //!< the person (or policy) refused access
        Other,
    };

    Kind kind = Kind::Other;
    QString message; //!< the keyring's own words, for details; never contains the secret
};

//! Asynchronous storage for secrets (passwords, application credential secrets), keyed by a
//! string. Never a fallback to plain text: an implementation either keeps the secret safe or fails.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using ReadResult = Result<QString, SecretError>;
    using WriteResult = Result<void, SecretError>;

    explicit SecretStore(QObject* parent = nullptr)
        : QObject(parent)
    {}

    //! The secret stored under `key`; a NotFound error when there is none.
    virtual QFuture<ReadResult> read(const QString& key) = 0;
    //! Stores (or replaces) the secret under `key`.
    virtual QFuture<WriteResult> write(const QString& key, const QString& secret) = 0;
    //! Removes the secret under `key`; removing an absent key succeeds.
    virtual QFuture<WriteResult> remove(const QString& key) = 0;

    //! Whether secrets can be kept at all: writes, reads back and removes a probe entry.
    QFuture<WriteResult> probe();
};

} // namespace zenith

Q_DECLARE_METATYPE(zenith::SecretError)
