#include "demoerrors.h"

#include <QUuid>

namespace zenith::demo::errors {

QString reason(int status)
{
    switch (status) {
    case 400: return QStringLiteral("Bad Request");
    case 401: return QStringLiteral("Unauthorized");
    case 403: return QStringLiteral("Forbidden");
    case 404: return QStringLiteral("Not Found");
    case 405: return QStringLiteral("Method Not Allowed");
    case 409: return QStringLiteral("Conflict");
    case 413: return QStringLiteral("Request Entity Too Large");
    case 429: return QStringLiteral("Too Many Requests");
    case 500: return QStringLiteral("Internal Server Error");
    case 503: return QStringLiteral("Service Unavailable");
    default: return QStringLiteral("Error");
    }
}

DemoReply nova(int status, const QString& message)
{
    QString fault;
    switch (status) {
    case 400: fault = QStringLiteral("badRequest"); break;
    case 403: fault = QStringLiteral("forbidden"); break;
    case 404: fault = QStringLiteral("itemNotFound"); break;
    case 409: fault = QStringLiteral("conflictingRequest"); break;
    case 413:
    case 429: fault = QStringLiteral("overLimit"); break;
    default: fault = QStringLiteral("computeFault"); break;
    }
    return DemoReply::json(status, QJsonObject{{fault, QJsonObject{{QStringLiteral("code"), status},
                                                                   {QStringLiteral("message"), message}}}});
}

DemoReply neutron(int status, const QString& type, const QString& message)
{
    return DemoReply::json(
        status, QJsonObject{{QStringLiteral("NeutronError"), QJsonObject{{QStringLiteral("type"), type},
                                                                         {QStringLiteral("message"), message},
                                                                         {QStringLiteral("detail"), QString()}}}});
}

DemoReply designate(int status, const QString& type, const QString& message)
{
    return DemoReply::json(
        status, QJsonObject{{QStringLiteral("code"), status},
                            {QStringLiteral("type"), type},
                            {QStringLiteral("message"), message},
                            {QStringLiteral("request_id"),
                             QString(QStringLiteral("req-") + QUuid::createUuid().toString(QUuid::WithoutBraces))}});
}

DemoReply heat(int status, const QString& type, const QString& message)
{
    // webob's explanation of the status, as Heat's fault middleware copies it.
    const QString explanation =
        status == 404   ? QStringLiteral("The resource could not be found.")
        : status == 409 ? QStringLiteral("There was a conflict when trying to complete your request.")
                        : QStringLiteral("The server could not comply with the request since it is either malformed or "
                                         "otherwise incorrect.");
    return DemoReply::json(
        status, QJsonObject{{QStringLiteral("code"), status},
                            {QStringLiteral("title"), reason(status)},
                            {QStringLiteral("explanation"), explanation},
                            {QStringLiteral("error"), QJsonObject{{QStringLiteral("type"), type},
                                                                  {QStringLiteral("traceback"), QJsonValue()},
                                                                  {QStringLiteral("message"), message}}}});
}

DemoReply keystone(int status, const QString& message)
{
    return DemoReply::json(status,
                           QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), status},
                                                                             {QStringLiteral("title"), reason(status)},
                                                                             {QStringLiteral("message"), message}}}});
}

DemoReply glance(int status, const QString& message)
{
    return DemoReply::json(
        status, QJsonObject{{QStringLiteral("message"), message},
                            {QStringLiteral("code"), QString(QString::number(status) + u' ' + reason(status))},
                            {QStringLiteral("title"), reason(status)}});
}

DemoReply unauthorized()
{
    return keystone(401, QStringLiteral("The request you have made requires authentication."))
        .withHeader(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Keystone uri=\"\""));
}

} // namespace zenith::demo::errors
