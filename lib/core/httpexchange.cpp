#include "httpexchange.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace zenith {

QString HttpResponse::requestId() const
{
    QByteArray id = header("x-openstack-request-id");
    if (id.isEmpty())
        id = header("x-compute-request-id");
    if (id.isEmpty())
        id = header("openstack-request-id");
    if (id.isEmpty())
        id = header("x-ovh-queryid"); // OVHcloud's API, for its support
    return QString::fromLatin1(id);
}

HttpExchange::HttpExchange(QNetworkAccessManager* manager, const QNetworkRequest& request, HttpMethod method,
                           const QByteArray& body, std::chrono::milliseconds timeout, QObject* parent)
    : QObject(parent)
    , m_timeout(timeout)
{
    m_clock.start();
    m_reply = manager->sendCustomRequest(request, methodName(method), body);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpExchange::onTimeout);
    if (m_timeout.count() > 0) {
        m_timer.start(m_timeout);
        const auto restart = [this] { m_timer.start(m_timeout); };
        connect(m_reply, &QNetworkReply::downloadProgress, this, restart);
        connect(m_reply, &QNetworkReply::uploadProgress, this, restart);
    }
    connect(m_reply, &QNetworkReply::finished, this, &HttpExchange::onFinished);
}

HttpExchange::~HttpExchange()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void HttpExchange::abort()
{
    if (m_reply && m_reply->isRunning()) {
        m_stop = Stop::Cancel;
        m_reply->abort();
    }
}

void HttpExchange::onTimeout()
{
    if (m_reply && m_reply->isRunning()) {
        m_stop = Stop::Timeout;
        m_reply->abort();
    }
}

void HttpExchange::onFinished()
{
    m_timer.stop();
    HttpResponse r;
    r.elapsedMs = m_clock.elapsed();
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    // Errors below 200 are transport failures (refused, reset, TLS); a connection dropped
    // mid-body can still carry a status, and its truncated body must not be parsed.
    const QNetworkReply::NetworkError error = m_reply->error();
    const bool transportFailed = (error > QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied) ||
                                 error == QNetworkReply::ProtocolFailure;
    if (m_stop == Stop::Timeout) {
        r.transportError = ApiError::local(ApiError::Kind::Timeout, QStringLiteral("No data received for %1 s from %2")
                                                                        .arg(m_timeout.count() / 1000.0)
                                                                        .arg(m_reply->url().host()));
    } else if (m_stop == Stop::Cancel) {
        r.transportError = ApiError::local(ApiError::Kind::Cancelled, QStringLiteral("Cancelled"));
    } else if (status.isValid() && !transportFailed) {
        r.status = status.toInt();
        r.body = m_reply->readAll();
        r.headers = m_reply->rawHeaderPairs();
    } else {
        // No HTTP status: the connection failed (refused, reset, DNS, TLS handshake).
        r.transportError = ApiError::local(ApiError::Kind::Network, m_reply->errorString());
    }
    m_reply->deleteLater();
    m_reply = nullptr;
    Q_EMIT finished(r);
}

} // namespace zenith
