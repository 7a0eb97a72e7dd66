#pragma once

#include "demorequest.h"

#include <QtHttpServer/QAbstractHttpServer>

#include <functional>

namespace zenith::demo {

//! The demo cloud's one contact with QHttpServer (a technical preview in Qt 6.4): turns each
//! HTTP request into a DemoRequest, asks `handle` for the reply, and writes it, after `delayMs()`
//! when a latency fault is set.
class DemoHttpServer final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Handler = std::function<DemoReply(DemoRequest&)>;
    DemoHttpServer(Handler handle, std::function<int()> delayMs, QObject* parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    Handler m_handle;
    std::function<int()> m_delayMs;
};

} // namespace zenith::demo
