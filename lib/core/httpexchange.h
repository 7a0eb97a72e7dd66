#pragma once

#include "apierror.h"
#include "httpheaders.h"
#include "requestspec.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace zenith {

//! What came back from one HTTP exchange: a status and body, or a transport error.
struct HttpResponse
{
    int status = 0; //!< 0 when no HTTP reply arrived
    QByteArray body;
    HttpHeaders headers;
    std::optional<ApiError> transportError; //!< Network, Timeout or Cancelled
    qint64 elapsedMs = 0;

    QByteArray header(QByteArrayView name) const { return findHeader(headers, name); }
    //! x-openstack-request-id, or Nova's x-compute-request-id, or OVHcloud's X-Ovh-QueryId.
    QString requestId() const;
};

//! One request on the wire with a transfer timeout that restarts whenever bytes move,
//! so a slow but progressing download is not cut while a stalled one is.
class HttpExchange final : public QObject
{
    Q_OBJECT

public:
    HttpExchange(QNetworkAccessManager* manager, const QNetworkRequest& request, HttpMethod method,
                 const QByteArray& body, std::chrono::milliseconds timeout, QObject* parent = nullptr);
    ~HttpExchange() override;

    //! Aborts the transfer; finished() reports Cancelled.
    void abort();

Q_SIGNALS:
    void finished(const zenith::HttpResponse& response);

private:
    void onFinished();
    void onTimeout();

    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
    QElapsedTimer m_clock;
    enum class Stop { None, Timeout, Cancel } m_stop = Stop::None;
    std::chrono::milliseconds m_timeout;
};

} // namespace zenith
