#pragma once

#include "httpheaders.h"

#include <QByteArray>
#include <QList>
#include <QLoggingCategory>
#include <QPair>

class QNetworkRequest;

namespace zenith {

Q_DECLARE_LOGGING_CATEGORY(lcSession)  //!< "zenith.session": authentication, discovery, microversions (info)
Q_DECLARE_LOGGING_CATEGORY(lcHttp)     //!< "zenith.http": one line per request (debug)
Q_DECLARE_LOGGING_CATEGORY(lcHttpDump) //!< "zenith.http.dump": headers and bodies, secrets redacted (debug)

//! Headers as "Name: value" lines with X-Auth-Token, X-Subject-Token, X-Service-Token and
//! Authorization replaced by a short fingerprint, never the value.
QByteArray redactedHeaders(const HttpHeaders& headers);
//! The request's raw headers, redacted as above.
QByteArray redactedHeaders(const QNetworkRequest& request);
//! A JSON body with every password, secret and token id replaced by "***"; non-JSON bodies are
//! truncated to a size hint, since they never carry credentials in our requests.
QByteArray redactedBody(const QByteArray& body);

} // namespace zenith
