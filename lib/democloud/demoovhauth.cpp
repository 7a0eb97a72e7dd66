#include "demoovhauth.h"

#include "demoovherrors.h"

#include "ovh/ovhsignature.h"

#include <QDateTime>

namespace zenith::demo {

QString DemoOvhAuth::applicationKey()
{
    return QStringLiteral("zenithDemoAppKey");
}

QString DemoOvhAuth::applicationSecret()
{
    return QStringLiteral("zenithDemoAppSecret0123456789abc");
}

QString DemoOvhAuth::consumerKey()
{
    return QStringLiteral("zenithDemoConsumerKey0123456789a");
}

QString DemoOvhAuth::readOnlyConsumerKey()
{
    return QStringLiteral("zenithDemoReadOnlyConsumerKey012");
}

std::optional<DemoReply> DemoOvhAuth::refuse(const DemoRequest& request) const
{
    // Bodies as OVHcloud writes them (captured from its API by other clients' tests and issues).
    const QByteArray application = request.header("x-ovh-application");
    if (QString::fromUtf8(application) != applicationKey())
        return errors::ovh(403, QStringLiteral("This application key is invalid"));
    const QByteArray consumer = request.header("x-ovh-consumer");
    const QByteArray timestampText = request.header("x-ovh-timestamp");
    const QByteArray signature = request.header("x-ovh-signature");
    if (consumer.isEmpty() || timestampText.isEmpty() || signature.isEmpty())
        return errors::ovh(401, QStringLiteral("You must login first"));
    bool numeric = false;
    const qint64 timestamp = timestampText.toLongLong(&numeric);
    if (!numeric || qAbs(timestamp - QDateTime::currentSecsSinceEpoch()) > kTimestampWindow)
        return errors::ovh(400, QStringLiteral("Query out of time")); // modelled: the real wording is unconfirmed
    const QByteArray url = m_env.baseUrl.toUtf8() + request.target;
    const QByteArray expected =
        ovhSignature(applicationSecret(), QString::fromUtf8(consumer), request.method, url, request.rawBody, timestamp);
    if (signature != expected)
        return errors::ovh(400, QStringLiteral("Invalid signature"), QStringLiteral("INVALID_SIGNATURE"));
    const QString key = QString::fromUtf8(consumer);
    if (key != consumerKey() && key != readOnlyConsumerKey())
        return errors::ovh(403, QStringLiteral("This credential is not valid"), QStringLiteral("INVALID_CREDENTIAL"));
    if (key == readOnlyConsumerKey() && request.method != QByteArrayLiteral("GET"))
        return errors::ovh(403, QStringLiteral("This call has not been granted"), QStringLiteral("NOT_GRANTED_CALL"));
    return std::nullopt;
}

} // namespace zenith::demo
