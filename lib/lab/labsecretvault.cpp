#include "labsecretvault.h"

#include "core/whenfinished.h"
#include "secrets/secretstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPromise>

#include <memory>

namespace zenith {

namespace {

QString encode(const LabSecrets& secrets)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("database"), secrets.databasePassword},
                                                       {QStringLiteral("databaseRoot"), secrets.databaseRootPassword}})
                                 .toJson(QJsonDocument::Compact));
}

std::optional<LabSecrets> decode(const QString& text)
{
    const QJsonObject json = QJsonDocument::fromJson(text.toUtf8()).object();
    LabSecrets secrets{json.value(u"database").toString(), json.value(u"databaseRoot").toString()};
    if (secrets.databasePassword.isEmpty() || secrets.databaseRootPassword.isEmpty())
        return std::nullopt;
    return secrets;
}

} // namespace

QString LabSecretVault::key(const QString& cloud, const QString& lab)
{
    return QStringLiteral("zenith-lab:") + cloud + u'|' + lab;
}

QFuture<LabSecretVault::SecretsResult> LabSecretVault::obtain(SecretStore& store, const QString& cloud,
                                                              const QString& lab)
{
    auto promise = std::make_shared<QPromise<SecretsResult>>();
    promise->start();
    const QString entry = key(cloud, lab);
    whenFinished(store.read(entry), &store, [promise, entry, &store](const SecretStore::ReadResult& read) {
        if (read) {
            if (const auto secrets = decode(read.value())) {
                promise->addResult(*secrets);
                promise->finish();
                return;
            }
        } else if (read.error().kind != SecretError::Kind::NotFound) {
            promise->addResult(read.error());
            promise->finish();
            return;
        }
        // None stored (or unreadable ones): new passwords, kept before anything uses them.
        const LabSecrets fresh = LabSecrets::generate();
        whenFinished(store.write(entry, encode(fresh)), &store, [promise, fresh](const SecretStore::WriteResult& w) {
            if (w)
                promise->addResult(fresh);
            else
                promise->addResult(w.error());
            promise->finish();
        });
    });
    return promise->future();
}

QFuture<Result<void, SecretError>> LabSecretVault::forget(SecretStore& store, const QString& cloud, const QString& lab)
{
    return store.remove(key(cloud, lab));
}

} // namespace zenith
