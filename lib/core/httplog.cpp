#include "httplog.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>

namespace zenith {

Q_LOGGING_CATEGORY(lcSession, "zenith.session", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHttp, "zenith.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHttpDump, "zenith.http.dump", QtInfoMsg)

namespace {

bool isSecretHeader(const QByteArray& name)
{
    const QByteArray n = name.toLower();
    return n == "x-auth-token" || n == "x-subject-token" || n == "x-service-token" || n == "authorization" ||
           n == "x-ovh-application" || n == "x-ovh-consumer" || n == "x-ovh-signature";
}

// Enough to tell two tokens apart in a log, useless to an attacker.
QByteArray fingerprint(const QByteArray& value)
{
    return "<redacted sha256:" + QCryptographicHash::hash(value, QCryptographicHash::Sha256).toHex().left(8) + '>';
}

bool isSecretKey(const QString& key)
{
    const QString k = key.toLower();
    // "_password" covers Keystone's password change ({"user": {"original_password": ...}}).
    return k == u"password" || k.endsWith(u"_password") || k == u"secret" || k.endsWith(u"_secret") || k == u"token" ||
           k == u"x-auth-token" || k == u"adminpass" || k == u"admin_pass" ||
           k == u"private_key"
           // cloud-init scripts may set passwords (chpasswd, database users).
           || k == u"user_data";
}

QJsonValue redact(const QJsonValue& value, const QString& parentKey);

QJsonObject redactObject(const QJsonObject& object, const QString& parentKey)
{
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        // {"token": {"id": ...}} is how token authentication carries the secret.
        const bool secret =
            (isSecretKey(it.key()) && !it.value().isObject()) || (parentKey == u"token" && it.key() == u"id");
        out.insert(it.key(), secret ? QJsonValue(QStringLiteral("***")) : redact(it.value(), it.key()));
    }
    return out;
}

QJsonValue redact(const QJsonValue& value, const QString& parentKey)
{
    if (value.isObject())
        return redactObject(value.toObject(), parentKey);
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue& v : value.toArray())
            out.append(redact(v, parentKey));
        return out;
    }
    return value;
}

} // namespace

QByteArray redactedHeaders(const HttpHeaders& headers)
{
    QByteArray out;
    for (const auto& [name, value] : headers)
        out += name + ": " + (isSecretHeader(name) ? fingerprint(value) : value) + '\n';
    return out;
}

QByteArray redactedHeaders(const QNetworkRequest& request)
{
    HttpHeaders headers;
    for (const QByteArray& name : request.rawHeaderList())
        headers.append({name, request.rawHeader(name)});
    return redactedHeaders(headers);
}

QByteArray redactedBody(const QByteArray& body)
{
    if (body.isEmpty())
        return body;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return body.left(2048) + (body.size() > 2048 ? QByteArray("…") : QByteArray());
    if (doc.isObject())
        return QJsonDocument(redactObject(doc.object(), {})).toJson(QJsonDocument::Compact);
    return QJsonDocument(redact(doc.array(), {}).toArray()).toJson(QJsonDocument::Compact);
}

} // namespace zenith
