#include "demohttpserver.h"

#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QtHttpServer/QHttpServerRequest>
#include <QtHttpServer/QHttpServerResponder>

#include <memory>

namespace zenith::demo {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put: return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete: return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post: return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head: return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options: return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch: return QByteArrayLiteral("PATCH");
    default: return QByteArrayLiteral("UNKNOWN");
    }
}

DemoRequest toDemoRequest(const QHttpServerRequest& request)
{
    DemoRequest r;
    r.method = methodName(request.method());
    r.path = request.url().path().split(u'/', Qt::SkipEmptyParts);
    r.target = request.url().toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    // Keys the client percent-encoded ("router%3Aexternal") are looked up by their plain names.
    for (const auto& [key, value] : QUrlQuery(request.url()).queryItems(QUrl::FullyDecoded))
        r.query.addQueryItem(key, value);
    r.rawBody = request.body();
    for (const auto& [name, value] : request.headers())
        r.headers.insert(name.toLower(), value);
    if (!r.rawBody.isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(r.rawBody);
        r.bodyIsJsonObject = doc.isObject();
        r.body = doc.object();
    }
    return r;
}

void write(QHttpServerResponder& responder, const DemoReply& reply)
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
    for (const auto& [name, value] : reply.headers)
        responder.writeHeader(name, value);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(reply.body.size()));
    responder.writeBody(reply.body);
}

} // namespace

DemoHttpServer::DemoHttpServer(Handler handle, std::function<int()> delayMs, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_handle(std::move(handle))
    , m_delayMs(std::move(delayMs))
{}

bool DemoHttpServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    DemoRequest demoRequest = toDemoRequest(request);
    const DemoReply reply = m_handle(demoRequest);
    if (reply.dropConnection) {
        socket->abort();
        return true;
    }
    const int delay = m_delayMs ? m_delayMs() : 0;
    if (delay <= 0) {
        QHttpServerResponder responder = makeResponder(request, socket);
        write(responder, reply);
        return true;
    }
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    QTimer::singleShot(delay, socket, [responder, reply] { write(*responder, reply); });
    return true;
}

void DemoHttpServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    write(responder, DemoReply::empty(404));
}

} // namespace zenith::demo
