#include "labsecretkeeper.h"

#include "core/whenfinished.h"
#include "lab/labsecretvault.h"
#include "secrets/secretstore.h"

namespace zenith {

LabSecretKeeper::LabSecretKeeper(QObject* parent)
    : QObject(parent)
{}

void LabSecretKeeper::setStore(SecretStore* store)
{
    m_store = store;
}

QString LabSecretKeeper::key(const QString& cloud, const QString& lab)
{
    return LabSecretVault::key(cloud, lab);
}

void LabSecretKeeper::obtain(const QString& cloud, const QString& lab)
{
    const quint64 generation = ++m_generation;
    if (!m_store) {
        Q_EMIT obtained(LabSecrets::generate(), false);
        return;
    }
    whenFinished(LabSecretVault::obtain(*m_store, cloud, lab), this,
                 [this, generation](const LabSecretVault::SecretsResult& secrets) {
                     if (generation != m_generation)
                         return;
                     // No keyring to keep them: this session's passwords, and the pane says so.
                     if (secrets)
                         Q_EMIT obtained(secrets.value(), true);
                     else
                         Q_EMIT obtained(LabSecrets::generate(), false);
                 });
}

void LabSecretKeeper::forget(const QString& cloud, const QString& lab)
{
    if (m_store)
        whenFinished(LabSecretVault::forget(*m_store, cloud, lab), this, [](const Result<void, SecretError>&) {});
}

} // namespace zenith
