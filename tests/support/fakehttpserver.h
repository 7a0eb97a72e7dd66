#pragma once

#include "core/httpheaders.h"

#include <QtHttpServer/QAbstractHttpServer>
#include <QtHttpServer/QHttpServerResponder>

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QPair>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>

namespace zenith::test {

//! One request as the fake server saw it.
struct RecordedRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    qint64 atMs = 0; //!< since the server started

    QByteArray header(QByteArrayView name) const { return findHeader(headers, name); }
};

//! What the fake server answers; it can also stall, drop the connection, or answer late.
struct FakeReply
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    int delayMs = 0;   //!< answer after this long
    bool hang = false; //!< never answer (until the server dies)
    bool drop = false; //!< close the connection without answering

    static FakeReply json(int status, const QByteArray& body);
    void addHeader(const QByteArray& name, const QByteArray& value) { headers.append(qMakePair(name, value)); }
};

//! An HTTP server on 127.0.0.1 with scripted routes, for Session tests: every request is recorded.
class FakeHttpServer final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Handler = std::function<FakeReply(const RecordedRequest&)>;

    //! With `tls`, the server speaks HTTPS with tests/data/tls/server.pem (signed by tls/ca.pem).
    explicit FakeHttpServer(bool tls = false, QObject* parent = nullptr);
    ~FakeHttpServer() override;

    quint16 port() const { return m_port; }
    //! http(s)://127.0.0.1:<port> + path
    QUrl url(const QString& path = {}) const;

    //! Routes a method and a path pattern (a regular expression matched against the whole path).
    void on(const QByteArray& method, const QString& pathPattern, Handler handler);
    void clearRoutes() { m_routes.clear(); }

    const QList<RecordedRequest>& requests() const { return m_requests; }
    QList<RecordedRequest> requestsTo(const QByteArray& method, const QString& pathPattern) const;
    void clearRequests() { m_requests.clear(); }

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    struct Route
    {
        QByteArray method;
        QRegularExpression path;
        Handler handler;
    };

    QList<Route> m_routes;
    QList<RecordedRequest> m_requests;
    QList<std::shared_ptr<QHttpServerResponder>> m_parked;
    QElapsedTimer m_clock;
    quint16 m_port = 0;
    bool m_tls = false;
};

} // namespace zenith::test
