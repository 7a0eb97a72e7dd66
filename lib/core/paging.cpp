#include "paging.h"

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

} // namespace zenith
