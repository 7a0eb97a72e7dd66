#include "tlsconfiguration.h"

#include "httplog.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>

namespace zenith {

namespace {

ApiError unreadable(const QString& what, const QString& file)
{
    return ApiError::local(ApiError::Kind::Config, QStringLiteral("The %1 file %2 could not be read").arg(what, file));
}

QSslKey readKey(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray pem = file.readAll();
    const QSslKey rsa(pem, QSsl::Rsa);
    return rsa.isNull() ? QSslKey(pem, QSsl::Ec) : rsa;
}

} // namespace

Result<QSslConfiguration> tlsConfiguration(const CloudConfig& cloud)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!cloud.verifyTls) {
        qCWarning(lcSession) << "TLS certificate verification is OFF for cloud" << cloud.name
                             << "(its configuration says so)";
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    }
    if (!cloud.caCertFile.isEmpty()) {
        const QList<QSslCertificate> cas = QSslCertificate::fromPath(cloud.caCertFile, QSsl::Pem);
        if (cas.isEmpty())
            return unreadable(QStringLiteral("cacert"), cloud.caCertFile);
        tls.addCaCertificates(cas);
    }
    if (!cloud.clientCertFile.isEmpty()) {
        const QList<QSslCertificate> certs = QSslCertificate::fromPath(cloud.clientCertFile, QSsl::Pem);
        if (certs.isEmpty())
            return unreadable(QStringLiteral("cert"), cloud.clientCertFile);
        // openstacksdk accepts a `cert` that holds the key too, when `key` is absent.
        const QString keyPath = cloud.clientKeyFile.isEmpty() ? cloud.clientCertFile : cloud.clientKeyFile;
        const QSslKey key = readKey(keyPath);
        if (key.isNull())
            return unreadable(QStringLiteral("key"), keyPath);
        tls.setLocalCertificate(certs.first());
        tls.setPrivateKey(key);
    }
    return tls;
}

} // namespace zenith
