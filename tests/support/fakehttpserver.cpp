#include "fakehttpserver.h"

#include <QtHttpServer/QHttpServerRequest>

#include <QFile>
#include <QHostAddress>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpSocket>
#include <QTimer>

namespace zenith::test {

FakeReply FakeReply::json(int status, const QByteArray& body)
{
    FakeReply r;
    r.status = status;
    r.body = body;
    r.addHeader("Content-Type", "application/json");
    return r;
}

FakeHttpServer::FakeHttpServer(bool tls, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_tls(tls)
{
    m_clock.start();
    if (tls) {
        const QString dir = qEnvironmentVariable("ZENITH_TEST_DATA") + QStringLiteral("/tls/");
        QFile keyFile(dir + QStringLiteral("server.key"));
        const bool opened = keyFile.open(QIODevice::ReadOnly);
        const QList<QSslCertificate> certs = QSslCertificate::fromPath(dir + QStringLiteral("server.pem"));
        if (!opened || certs.isEmpty())
            qFatal("FakeHttpServer: no TLS certificate in %s (run through ctest)", qPrintable(dir));
        sslSetup(certs.first(), QSslKey(&keyFile, QSsl::Rsa));
    }
    m_port = listen(QHostAddress::LocalHost, 0);
}

FakeHttpServer::~FakeHttpServer() = default;

QUrl FakeHttpServer::url(const QString& path) const
{
    QUrl u;
    u.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(m_port);
    u.setPath(path.isEmpty() ? QStringLiteral("/") : path);
    return u;
}

void FakeHttpServer::on(const QByteArray& method, const QString& pathPattern, Handler handler)
{
    // Later routes win, so a test can override a default route.
    m_routes.prepend(
        Route{method, QRegularExpression(QRegularExpression::anchoredPattern(pathPattern)), std::move(handler)});
}

QList<RecordedRequest> FakeHttpServer::requestsTo(const QByteArray& method, const QString& pathPattern) const
{
    const QRegularExpression re(QRegularExpression::anchoredPattern(pathPattern));
    QList<RecordedRequest> out;
    for (const RecordedRequest& r : m_requests) {
        if (r.method == method && re.match(r.path).hasMatch())
            out.append(r);
    }
    return out;
}

static QByteArray methodOf(const QHttpServerRequest& request)
{
    switch (request.method()) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    default: return "OTHER";
    }
}

bool FakeHttpServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    RecordedRequest recorded;
    recorded.method = methodOf(request);
    recorded.path = request.url().path();
    recorded.query = request.query();
    recorded.headers = request.headers();
    recorded.body = request.body();
    recorded.atMs = m_clock.elapsed();
    m_requests.append(recorded);

    FakeReply reply =
        FakeReply::json(404, R"({"itemNotFound": {"code": 404, "message": "No route in the fake server"}})");
    for (const Route& route : std::as_const(m_routes)) {
        if (route.method == recorded.method && route.path.match(recorded.path).hasMatch()) {
            reply = route.handler(recorded);
            break;
        }
    }
    if (reply.drop) {
        socket->abort();
        return true;
    }
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    const auto respond = [responder, reply] {
        responder->writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
        for (const auto& [name, value] : reply.headers)
            responder->writeHeader(name, value);
        responder->writeHeader("Content-Length", QByteArray::number(reply.body.size()));
        responder->writeBody(reply.body);
    };
    if (reply.hang) {
        m_parked.append(responder);
    } else if (reply.delayMs > 0) {
        QTimer::singleShot(reply.delayMs, this, respond);
    } else {
        respond();
    }
    return true;
}

void FakeHttpServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace zenith::test
