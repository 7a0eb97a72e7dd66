#include "demoovherrors.h"

#include "demoerrors.h"

namespace zenith::demo::errors {

namespace {

QString ovhClass(int status)
{
    switch (status) {
    case 400: return QStringLiteral("Client::BadRequest");
    case 401: return QStringLiteral("Client::Unauthorized");
    case 403: return QStringLiteral("Client::Forbidden");
    case 404: return QStringLiteral("Client::NotFound");
    case 405: return QStringLiteral("Client::MethodNotAllowed");
    case 409: return QStringLiteral("Client::Conflict");
    case 429: return QStringLiteral("Client::TooManyRequests");
    default: return QStringLiteral("Server::InternalServerError");
    }
}

} // namespace

DemoReply ovh(int status, const QString& message, const QString& errorCode)
{
    QJsonObject body{{QStringLiteral("class"), ovhClass(status)}, {QStringLiteral("message"), message}};
    if (!errorCode.isEmpty()) {
        body.insert(QStringLiteral("errorCode"), errorCode);
        body.insert(QStringLiteral("httpCode"), QString(QString::number(status) + u' ' + reason(status)));
    }
    return DemoReply::json(status, body);
}

DemoReply ovhNull()
{
    DemoReply r;
    r.status = 200;
    r.body = QByteArrayLiteral("null");
    r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json; charset=utf-8")});
    return r;
}

} // namespace zenith::demo::errors
