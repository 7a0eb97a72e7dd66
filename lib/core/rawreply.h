#pragma once

#include "httpheaders.h"
#include "requestspec.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace zenith {

//! A successful (2xx) HTTP reply, before its body is parsed.
struct RawReply
{
    int status = 0;
    QByteArray body;
    QString requestId;
    QString service;
    HttpHeaders headers;

    //! Value of a header, case-insensitively; empty when absent.
    QByteArray header(QByteArrayView name) const { return findHeader(headers, name); }
};

//! Runs R::parse on a reply and stamps any parse error with the service and request id.
template <ApiRequest R> Result<typename R::Response> parseReply(const RawReply& reply)
{
    auto out = R::parse(reply.status, reply.body);
    if (!out.ok()) {
        out.error().service = reply.service;
        out.error().requestId = reply.requestId;
        out.error().httpStatus = reply.status;
    }
    return out;
}

} // namespace zenith
