#include "paging.h"

#include <QJsonDocument>
#include <QUrl>
#include <QUrlQuery>

namespace zenith {

std::optional<QString> markerFromLink(const QString& href)
{
    if (href.isEmpty())
        return std::nullopt;
    // We follow only the marker, never the link itself: behind proxies and TLS terminators
    // services often advertise an internal host or plain http in their links.
    // Every service writes its links with Python's urlencode(): a space is "+" and a plus "%2B".
    // Read the query as a form, the way the service will read the marker back.
    QString encoded = QUrl(href).query(QUrl::FullyEncoded);
    encoded.replace(u'+', QStringLiteral("%20"));
    const QUrlQuery query(encoded);
    if (!query.hasQueryItem(QStringLiteral("marker")))
        return std::nullopt;
    const QString marker = query.queryItemValue(QStringLiteral("marker"), QUrl::FullyDecoded);
    if (marker.isEmpty())
        return std::nullopt;
    return marker;
}

std::optional<QString> nextMarkerFromLinks(const QJsonArray& links)
{
    for (const QJsonValue& v : links) {
        const QJsonObject link = v.toObject();
        if (link.value(u"rel").toString() == u"next")
            return markerFromLink(link.value(u"href").toString());
    }
    return std::nullopt;
}

std::optional<QString> nextMarkerFromLinkObject(const QJsonObject& links)
{
    return markerFromLink(links.value(u"next").toString());
}

std::optional<QString> peekNextMarker(const QByteArray& body)
{
    // The last members of the reply, from a link key to the end, read as an object of their own.
    // Only a top-level member's text parses that way: from inside an item, the item's and the
    // array's closing brackets are left unbalanced, and a key quoted inside a string is escaped.
    constexpr qsizetype kMaxTail = 64 * 1024; // more than that: the links came before the items
    const auto membersFrom = [&body](qsizetype at) -> QJsonObject {
        if (at < 0 || body.size() - at > kMaxTail)
            return {};
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson('{' + body.mid(at), &error);
        return error.error == QJsonParseError::NoError ? doc.object() : QJsonObject();
    };
    const auto tail = [&](QByteArrayView key) { return membersFrom(body.lastIndexOf(key)); };
    const qsizetype suffix = body.lastIndexOf("_links\"");
    const QJsonObject suffixed = suffix < 0 ? QJsonObject() : membersFrom(body.lastIndexOf('"', suffix));
    for (auto it = suffixed.constBegin(); it != suffixed.constEnd(); ++it) {
        if (it.key().endsWith(u"_links") && it.value().isArray())
            return nextMarkerFromLinks(it.value().toArray());
    }
    // Designate's "links" object, the "links" array of Nova's instance actions, Glance's "next".
    for (QByteArrayView key : {QByteArrayView("\"links\""), QByteArrayView("\"next\"")}) {
        const QJsonObject members = tail(key);
        if (members.isEmpty())
            continue;
        if (const QJsonValue links = members.value(u"links"); links.isArray())
            return nextMarkerFromLinks(links.toArray());
        else if (links.isObject())
            return nextMarkerFromLinkObject(links.toObject());
        if (const QJsonValue next = members.value(u"next"); next.isString())
            return markerFromLink(next.toString());
    }
    return std::nullopt;
}

} // namespace zenith
