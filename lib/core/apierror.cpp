#include "apierror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace zenith {

ApiError ApiError::local(Kind kind, const QString& message, const QString& service)
{
    ApiError e;
    e.kind = kind;
    e.message = message;
    e.service = service;
    return e;
}

ApiError ApiError::parse(const QString& field, const QString& problem)
{
    return local(Kind::Parse, field + QStringLiteral(": ") + problem);
}

ApiError::Kind ApiError::kindForStatus(int httpStatus)
{
    switch (httpStatus) {
    case 400:
    case 422: return Kind::BadRequest;
    case 401: return Kind::Unauthorized;
    case 403: return Kind::Forbidden;
    case 404: return Kind::NotFound;
    case 405:
    case 406:
    case 501: return Kind::Unsupported;
    case 409: return Kind::Conflict;
    case 413:
    case 429: return Kind::OverLimit;
    default: return httpStatus >= 500 ? Kind::Server : Kind::BadRequest;
    }
}

namespace {

struct ParsedBody
{
    QString message;
    QString code;
    QString requestId;
};

// Glance and a few WSGI layers answer with HTML or plain text, and even Glance's JSON
// messages carry "<br /><br />" remnants: keep the words only.
QString plainText(QString text)
{
    static const QRegularExpression title(QStringLiteral("<title>.*?</title>|<h1>.*?</h1>"),
                                          QRegularExpression::CaseInsensitiveOption |
                                              QRegularExpression::DotMatchesEverythingOption);
    // Only the tags these servers emit: a JSON message may legitimately mention "<name>".
    static const QRegularExpression tags(
        QStringLiteral("</?(br|p|h[1-6]|html|head|body|title|pre|b|i|code|hr)\\b[^>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    text.remove(title);
    text.replace(tags, QStringLiteral(" "));
    text.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
    text.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    text.replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    text.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text.simplified();
}

// Strips webob's "404 Not Found\n\n" preamble from plain-text bodies.
QString withoutStatusLine(const QString& text, int status)
{
    static const QRegularExpression statusLine(QStringLiteral("^\\d{3} [A-Za-z ]+?(\\s{2,}|\\n)"));
    const QString prefix = QString::number(status) + u' ';
    if (!text.startsWith(prefix))
        return text;
    QString rest = text;
    rest.remove(statusLine);
    return rest.trimmed().isEmpty() ? text : rest;
}

ParsedBody fromObject(const QJsonObject& o)
{
    ParsedBody p;
    p.requestId = o.value(u"request_id").toString();

    // Placement: {"errors": [{"status", "title", "detail", "code", "request_id"}]}
    if (o.value(u"errors").isArray()) {
        const QJsonObject first = o.value(u"errors").toArray().first().toObject();
        p.message = first.value(u"detail").toString();
        if (p.message.isEmpty())
            p.message = first.value(u"title").toString();
        p.code = first.value(u"code").toString();
        if (p.requestId.isEmpty())
            p.requestId = first.value(u"request_id").toString();
        return p;
    }
    // Keystone {"error": {"code", "title", "message"}} and Heat {"error": {"type", "message"}, "title"}.
    if (o.value(u"error").isObject()) {
        const QJsonObject e = o.value(u"error").toObject();
        p.message = e.value(u"message").toString();
        p.code = e.value(u"type").toString();
        if (p.code.isEmpty())
            p.code = e.value(u"title").toString();
        if (p.message.isEmpty())
            p.message = o.value(u"explanation").toString();
        return p;
    }
    // Designate {"code": 404, "type": "zone_not_found", "message"}; Glance {"message", "code": "404 Not Found",
    // "title"}. Designate before Wallaby sent no message with some errors: {"code": 413, "type": "over_quota",
    // "request_id"}.
    if (o.value(u"message").isString() || o.value(u"type").isString()) {
        p.message = o.value(u"message").toString();
        p.code = o.value(u"type").toString();
        if (p.code.isEmpty())
            p.code = o.value(u"title").toString();
        // OVHcloud: {"errorCode": "INVALID_SIGNATURE", "httpCode", "message"} or {"class": "Client::NotFound",
        // "message"}.
        if (p.code.isEmpty())
            p.code = o.value(u"errorCode").toString();
        if (p.code.isEmpty())
            p.code = o.value(u"class").toString();
        // Designate's schema errors have no "message", only {"errors": {"errors": [{"path", "message"}]}}.
        if (p.message.isEmpty()) {
            QStringList messages;
            for (const QJsonValue& item : o.value(u"errors").toObject().value(u"errors").toArray())
                messages.append(item.toObject().value(u"message").toString());
            messages.removeAll(QString());
            p.message = messages.join(QStringLiteral("; "));
        }
        return p;
    }
    // Nova/Cinder {"itemNotFound": {"code", "message"}}, Neutron {"NeutronError": {"type", "message", "detail"}}
    // (or, in old releases, {"NeutronError": "message"}).
    if (o.size() == 1) {
        const QString key = o.begin().key();
        const QJsonValue inner = o.begin().value();
        if (inner.isObject()) {
            const QJsonObject e = inner.toObject();
            p.message = e.value(u"message").toString();
            p.code = e.value(u"type").toString();
            if (p.code.isEmpty())
                p.code = key;
            // Neutron's "detail" and Nova's 429 "details" ("Only 10 POST request(s) ...") add to the message.
            QString detail = e.value(u"detail").toString();
            if (detail.isEmpty())
                detail = e.value(u"details").toString();
            if (!detail.isEmpty() && !p.message.contains(detail))
                p.message += u' ' + detail;
        } else if (inner.isString()) {
            p.message = inner.toString();
            p.code = key;
        }
    }
    return p;
}

// Nova and Cinder echo the rejected value twice: "Invalid input for field/attribute user_data.
// Value: <V>. '<V>' is too long". A user_data or password value may hold secrets (a post-install
// script with a database password) and may be 90,000 characters long: neither belongs in a status
// bar or a log, so the value is replaced by its length.
QString withoutEchoedValue(const QString& message)
{
    static const QRegularExpression head(QStringLiteral("^Invalid input for field/attribute (\\S+)\\. Value: "));
    const QRegularExpressionMatch m = head.match(message);
    if (!m.hasMatch())
        return message;
    static const QStringList secretFields{QStringLiteral("user_data"), QStringLiteral("adminPass"),
                                          QStringLiteral("admin_pass"), QStringLiteral("password")};
    const QString field = m.captured(1);
    const QStringView rest = QStringView(message).mid(m.capturedEnd());
    constexpr qsizetype kLongValue = 200;
    // The value is followed by ". " and, in most messages, repeated in quotes: find where it ends.
    for (qsizetype dot = rest.indexOf(u". '"); dot >= 0; dot = rest.indexOf(u". '", dot + 1)) {
        const QStringView value = rest.left(dot);
        const QStringView after = rest.mid(dot + 2);
        const bool quotedAgain = after.size() >= value.size() + 2 && after.front() == u'\'' &&
                                 after.mid(1, value.size()) == value && after[value.size() + 1] == u'\'';
        if (!quotedAgain)
            continue;
        if (!secretFields.contains(field) && value.size() <= kLongValue)
            return message;
        const QString hidden = QStringLiteral("<%1 characters>").arg(value.size());
        return message.left(m.capturedEnd()) + hidden + QStringLiteral(". '") + hidden + u'\'' +
               after.mid(value.size() + 2).toString();
    }
    if (!secretFields.contains(field) && rest.size() <= kLongValue)
        return message;
    return message.left(m.capturedEnd()) + QStringLiteral("<%1 characters>").arg(rest.size());
}

ApiError::Kind refineKind(ApiError::Kind kind, const ParsedBody& body)
{
    // Quotas are reported as 409 by Neutron, 403 by Nova and 413 by Cinder/Designate: one kind for all.
    static const QStringList quotaCodes{QStringLiteral("OverQuota"), QStringLiteral("over_quota"),
                                        QStringLiteral("overLimit"), QStringLiteral("VolumeLimitExceeded"),
                                        QStringLiteral("QuotaError")};
    if (quotaCodes.contains(body.code) || body.message.startsWith(QStringLiteral("Quota exceeded")))
        return ApiError::Kind::OverLimit;
    return kind;
}

} // namespace

ApiError ApiError::fromReply(int httpStatus, const QByteArray& body, const QString& service, const QString& requestId)
{
    ApiError e;
    e.kind = kindForStatus(httpStatus);
    e.httpStatus = httpStatus;
    e.service = service;
    e.requestId = requestId;

    ParsedBody parsed;
    QJsonParseError jsonError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &jsonError);
    // webob's plain text ("404 Not Found\n\n<message>") loses its status line before plainText()
    // below folds the blank line that ends it.
    if (jsonError.error == QJsonParseError::NoError && doc.isObject())
        parsed = fromObject(doc.object());
    else if (!body.trimmed().isEmpty())
        parsed.message = withoutStatusLine(QString::fromUtf8(body), httpStatus);

    e.message = withoutEchoedValue(plainText(parsed.message));
    e.code = parsed.code;
    if (e.requestId.isEmpty())
        e.requestId = parsed.requestId;
    e.kind = refineKind(e.kind, parsed);
    return e;
}

bool isTransient(const ApiError& error)
{
    return error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout || error.httpStatus >= 500 ||
           error.httpStatus == 429;
}

QString kindName(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::Network: return QStringLiteral("Network");
    case ApiError::Kind::Timeout: return QStringLiteral("Timeout");
    case ApiError::Kind::Unauthorized: return QStringLiteral("Unauthorized");
    case ApiError::Kind::Forbidden: return QStringLiteral("Forbidden");
    case ApiError::Kind::NotFound: return QStringLiteral("NotFound");
    case ApiError::Kind::Conflict: return QStringLiteral("Conflict");
    case ApiError::Kind::OverLimit: return QStringLiteral("OverLimit");
    case ApiError::Kind::BadRequest: return QStringLiteral("BadRequest");
    case ApiError::Kind::Unsupported: return QStringLiteral("Unsupported");
    case ApiError::Kind::Server: return QStringLiteral("Server");
    case ApiError::Kind::Parse: return QStringLiteral("Parse");
    case ApiError::Kind::Cancelled: return QStringLiteral("Cancelled");
    case ApiError::Kind::Config: return QStringLiteral("Config");
    }
    return {};
}

} // namespace zenith
