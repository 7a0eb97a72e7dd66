#include "ovhcredentialstore.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace zenith {

namespace {

const QString kSecretField = QStringLiteral("application_secret");
const QString kConsumerField = QStringLiteral("consumer_key");

} // namespace

QString ovhSecretKey(const QUrl& endpoint, const QString& applicationKey)
{
    const QString url = endpoint.adjusted(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash).toString();
    return u"ovh-api:" % url % u'|' % applicationKey;
}

QFuture<SecretStore::WriteResult> storeOvhCredentials(SecretStore& store, const OvhCredentials& credentials)
{
    // One entry for both secrets: they are only ever used together, and a half-written pair
    // would sign every call wrongly.
    const QJsonObject value{{kSecretField, credentials.applicationSecret}, {kConsumerField, credentials.consumerKey}};
    return store.write(ovhSecretKey(credentials.endpoint, credentials.applicationKey),
                       QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact)));
}

QFuture<Result<OvhCredentials, SecretError>> loadOvhCredentials(SecretStore& store, const QUrl& endpoint,
                                                                const QString& applicationKey)
{
    using Out = Result<OvhCredentials, SecretError>;
    return store.read(ovhSecretKey(endpoint, applicationKey))
        .then([endpoint, applicationKey](const SecretStore::ReadResult& read) -> Out {
            if (!read)
                return read.error();
            const QJsonObject value = QJsonDocument::fromJson(read.value().toUtf8()).object();
            OvhCredentials c;
            c.endpoint = endpoint;
            c.applicationKey = applicationKey;
            c.applicationSecret = value.value(kSecretField).toString();
            c.consumerKey = value.value(kConsumerField).toString();
            if (c.applicationSecret.isEmpty() || c.consumerKey.isEmpty())
                return SecretError{
                    SecretError::Kind::Other,
                    QStringLiteral("the stored OVHcloud entry has no application secret or consumer key")};
            return c;
        });
}

QFuture<SecretStore::WriteResult> forgetOvhCredentials(SecretStore& store, const QUrl& endpoint,
                                                       const QString& applicationKey)
{
    return store.remove(ovhSecretKey(endpoint, applicationKey));
}

} // namespace zenith
