#pragma once

#include "lab/labsecrets.h"

#include <QObject>
#include <QPointer>

namespace zenith {

class SecretStore;

//! The wizard's side of LabSecretVault: the lab's passwords from the keyring as a signal, and
//! without a keyring passwords that live in memory for this session only.
class LabSecretKeeper final : public QObject
{
    Q_OBJECT

public:
    explicit LabSecretKeeper(QObject* parent = nullptr);

    //! The keyring to use (nullptr: none).
    void setStore(SecretStore* store);
    //! The keyring entry of a lab: "zenith-lab:<cloud>|<lab>".
    static QString key(const QString& cloud, const QString& lab);
    //! Reads the lab's passwords, or makes and stores new ones; obtained() follows.
    void obtain(const QString& cloud, const QString& lab);
    //! Removes the lab's entry (after a teardown).
    void forget(const QString& cloud, const QString& lab);

Q_SIGNALS:
    //! The passwords; `kept` false when they could not be stored in the keyring.
    void obtained(const zenith::LabSecrets& secrets, bool kept);

private:
    QPointer<SecretStore> m_store;
    quint64 m_generation = 0;
};

} // namespace zenith
