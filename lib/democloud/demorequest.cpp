#include "demorequest.h"

#include <QJsonDocument>

namespace zenith::demo {

QStringList DemoRequest::queryValues(const QString& key) const
{
    return query.allQueryItemValues(key, QUrl::FullyDecoded);
}

DemoReply DemoReply::json(int status, const QJsonObject& body)
{
    DemoReply r;
    r.status = status;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    return r;
}

DemoReply DemoReply::json(int status, const QJsonArray& body)
{
    DemoReply r;
    r.status = status;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    return r;
}

DemoReply DemoReply::empty(int status)
{
    DemoReply r;
    r.status = status;
    return r;
}

DemoReply& DemoReply::withHeader(const QByteArray& name, const QByteArray& value)
{
    headers.append({name, value});
    return *this;
}

} // namespace zenith::demo
