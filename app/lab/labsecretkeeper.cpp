#include "labsecretkeeper.h"

#include "core/whenfinished.h"
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
    return QStringLiteral("zenith-lab:") + cloud + u'|' + lab;
}

void LabSecretKeeper::obtain(const QString& cloud, const QString& lab)
{
    const quint64 generation = ++m_generation;
    const QString entry = key(cloud, lab);
    if (!m_store) {
        Q_EMIT obtained(LabSecrets::generate(), false);
        return;
    }
    whenFinished(m_store->read(entry), this, [this, entry, generation](const SecretStore::ReadResult& read) {
        if (generation != m_generation)
            return;
        // Two lines: the web user's password, then root's (letters and digits only, no newline inside).
        const QStringList lines = read ? read->split(u'\n') : QStringList();
        if (lines.size() == 2 && !lines.at(0).isEmpty() && !lines.at(1).isEmpty()) {
            Q_EMIT obtained(LabSecrets{lines.at(0), lines.at(1)}, true);
            return;
        }
        generate(entry);
    });
}

void LabSecretKeeper::generate(const QString& entry)
{
    const LabSecrets secrets = LabSecrets::generate();
    const quint64 generation = m_generation;
    whenFinished(m_store->write(entry, secrets.databasePassword + u'\n' + secrets.databaseRootPassword), this,
                 [this, secrets, generation](const SecretStore::WriteResult& written) {
                     if (generation == m_generation)
                         Q_EMIT obtained(secrets, bool(written));
                 });
}

void LabSecretKeeper::forget(const QString& cloud, const QString& lab)
{
    if (m_store)
        whenFinished(m_store->remove(key(cloud, lab)), this, [](const SecretStore::WriteResult&) {});
}

} // namespace zenith
