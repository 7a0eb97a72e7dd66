#include "ovhsignature.h"

#include <QCryptographicHash>

namespace zenith {

QByteArray ovhSignature(const QString& applicationSecret, const QString& consumerKey, QByteArrayView method,
                        const QByteArray& fullUrl, const QByteArray& body, qint64 timestamp)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(applicationSecret.toUtf8());
    hash.addData(QByteArrayView("+"));
    hash.addData(consumerKey.toUtf8());
    hash.addData(QByteArrayView("+"));
    hash.addData(method);
    hash.addData(QByteArrayView("+"));
    hash.addData(fullUrl);
    hash.addData(QByteArrayView("+"));
    hash.addData(body);
    hash.addData(QByteArrayView("+"));
    hash.addData(QByteArray::number(timestamp));
    return QByteArrayLiteral("$1$") + hash.result().toHex();
}

} // namespace zenith
