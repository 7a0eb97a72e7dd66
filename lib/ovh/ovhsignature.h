#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace zenith {

//! OVHcloud's request signature, the X-Ovh-Signature header: "$1$" followed by the SHA-1, in
//! lower-case hex, of APPLICATION_SECRET+CONSUMER_KEY+METHOD+FULL_URL+BODY+TIMESTAMP joined
//! with '+'. `fullUrl` is the URL exactly as sent, query included; `body` the bytes sent
//! (empty for none); `timestamp` the X-Ovh-Timestamp value, in the server's seconds.
QByteArray ovhSignature(const QString& applicationSecret, const QString& consumerKey, QByteArrayView method,
                        const QByteArray& fullUrl, const QByteArray& body, qint64 timestamp);

} // namespace zenith
