#include "errortext.h"

#include <QRegularExpression>
#include <QStringList>

namespace zenith {

using Kind = ApiError::Kind;

QString ErrorText::kindTitle(Kind kind)
{
    switch (kind) {
    case Kind::Network: return tr("Network error");
    case Kind::Timeout: return tr("Timed out");
    case Kind::Unauthorized: return tr("Authentication failed");
    case Kind::Forbidden: return tr("Forbidden");
    case Kind::NotFound: return tr("Not found");
    case Kind::Conflict: return tr("Conflict");
    case Kind::OverLimit: return tr("Limit reached");
    case Kind::BadRequest: return tr("Invalid request");
    case Kind::Unsupported: return tr("Not supported");
    case Kind::Server: return tr("Server error");
    case Kind::Parse: return tr("Unexpected answer");
    case Kind::Cancelled: return tr("Cancelled");
    case Kind::Config: return tr("Configuration error");
    }
    return tr("Error");
}

QString ErrorText::title(const ApiError& error)
{
    if (error.httpStatus <= 0)
        return kindTitle(error.kind);
    //: Short error title followed by the HTTP status, e.g. "Conflict (409)"
    return tr("%1 (%2)").arg(kindTitle(error.kind)).arg(error.httpStatus);
}

// Each HTTP kind has a variant with the status and one without: errors raised locally have no status,
// and splicing "(409)" into a finished sentence would not translate well.
QString ErrorText::sentence(const ApiError& error)
{
    const int status = error.httpStatus;
    const bool http = status > 0;
    switch (error.kind) {
    case Kind::Network:
        return tr("Zenith could not reach the cloud. Check your network connection and the authentication URL.");
    case Kind::Timeout: return tr("The cloud did not answer in time. It may be busy: try again in a moment.");
    case Kind::Unauthorized:
        return http ? tr("The cloud did not accept your credentials (%1). Check your password, or sign in again.")
                          .arg(status)
                    : tr("The cloud did not accept your credentials. Check your password, or sign in again.");
    case Kind::Forbidden:
        return http ? tr("You are not allowed to do this in this project (%1).").arg(status)
                    : tr("You are not allowed to do this in this project.");
    case Kind::NotFound:
        return http ? tr("The cloud could not find this resource (%1). It may have been deleted meanwhile.").arg(status)
                    : tr("The cloud could not find this resource. It may have been deleted meanwhile.");
    case Kind::Conflict:
        return http ? tr("The cloud refused the request because the resource is in use or not in a state that "
                         "allows it (%1).")
                          .arg(status)
                    : tr("The cloud refused the request because the resource is in use or not in a state that "
                         "allows it.");
    case Kind::OverLimit:
        return http ? tr("The project's quota or the cloud's request limit has been reached (%1).").arg(status)
                    : tr("The project's quota or the cloud's request limit has been reached.");
    case Kind::BadRequest:
        return http ? tr("The cloud rejected the request as invalid (%1).").arg(status)
                    : tr("The cloud rejected the request as invalid.");
    case Kind::Unsupported:
        return http ? tr("The cloud does not offer this service or API version (%1).").arg(status)
                    : tr("The cloud does not offer this service or API version.");
    case Kind::Server:
        return http ? tr("The cloud had an internal error (%1). Try again later.").arg(status)
                    : tr("The cloud had an internal error. Try again later.");
    case Kind::Parse: return tr("Zenith could not understand the cloud's answer.");
    case Kind::Cancelled: return tr("The request was cancelled.");
    case Kind::Config: return tr("The cloud configuration is incomplete or contradictory.");
    }
    return tr("Something went wrong.");
}

QString ErrorText::message(const ApiError& error)
{
    QStringList lines{sentence(error)};
    const QString server = redacted(error.message.trimmed());
    if (!server.isEmpty())
        lines << (error.httpStatus > 0 ? tr("Server message: %1") : tr("Details: %1")).arg(server);
    if (!error.requestId.isEmpty())
        lines << tr("Request ID: %1").arg(error.requestId);
    return lines.join(u'\n');
}

QString ErrorText::details(const ApiError& error)
{
    QStringList lines{sentence(error)};
    const QString server = redacted(error.message.trimmed());
    if (!server.isEmpty())
        lines << (error.httpStatus > 0 ? tr("Server message: %1") : tr("Details: %1")).arg(server);
    if (!error.service.isEmpty())
        lines << tr("Service: %1").arg(error.service);
    if (error.httpStatus > 0)
        lines << tr("HTTP status: %1").arg(error.httpStatus);
    if (!error.code.isEmpty())
        lines << tr("Error code: %1").arg(error.code);
    if (!error.requestId.isEmpty())
        lines << tr("Request ID: %1").arg(error.requestId);
    return lines.join(u'\n');
}

QString ErrorText::detailsHtml(const ApiError& error)
{
    const QStringList lines = details(error).split(u'\n');
    QString html = QStringLiteral("<p><b>") + lines.first().toHtmlEscaped() + QStringLiteral("</b></p>");
    for (qsizetype i = 1; i < lines.size(); ++i)
        html += QStringLiteral("<p style='margin:0'>") + lines.at(i).toHtmlEscaped() + QStringLiteral("</p>");
    return html;
}

// Servers sometimes echo a request back in their message; whatever reaches the screen, the clipboard or a
// screenshot in a classroom must not carry a bearer token or a password.
QString ErrorText::redacted(const QString& text)
{
    static const QRegularExpression fernet(QStringLiteral("gAAAAA[A-Za-z0-9_=-]{16,}"));
    static const QRegularExpression header(QStringLiteral("\\b(X-Auth-Token|X-Subject-Token)\\s*[:=]\\s*\\S+"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression jsonSecret(
        QStringLiteral("\"(password|secret|token|application_credential_secret)\"\\s*:\\s*\"[^\"]*\""),
        QRegularExpression::CaseInsensitiveOption);
    const QString hidden = tr("[hidden]");
    QString out = text;
    out.replace(header, QStringLiteral("\\1: ") + hidden);
    out.replace(jsonSecret, QStringLiteral("\"\\1\": \"") + hidden + u'"');
    out.replace(fernet, hidden);
    return out;
}

} // namespace zenith
