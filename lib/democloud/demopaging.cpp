#include "demopaging.h"

namespace zenith::demo {

std::optional<qsizetype> pageStart(const QList<QJsonObject>& all, const QString& marker, const QString& idKey)
{
    if (marker.isEmpty())
        return 0;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all[i].value(idKey).toString() == marker)
            return i + 1;
    }
    return std::nullopt;
}

std::optional<DemoPage> cutPage(const QList<QJsonObject>& all, const DemoRequest& request, int maxLimit,
                                const QString& idKey)
{
    DemoPage page;
    const auto first = pageStart(all, request.queryValue(QStringLiteral("marker")), idKey);
    if (!first)
        return std::nullopt;
    const qsizetype start = *first;
    qsizetype limit = maxLimit;
    const QString limitText = request.queryValue(QStringLiteral("limit"));
    if (!limitText.isEmpty()) {
        bool ok = false;
        const int asked = limitText.toInt(&ok);
        if (!ok || asked < 0)
            return std::nullopt;
        limit = qMin(asked, maxLimit);
        page.limit = int(limit);
    }
    const qsizetype end = qMin(all.size(), start + limit);
    page.items = all.mid(start, end - start);
    page.more = end < all.size();
    if (!page.items.isEmpty())
        page.lastId = page.items.constLast().value(idKey).toString();
    return page;
}

QString nextHref(const DemoRequest& request, const DemoPage& page)
{
    QUrlQuery query = request.query;
    query.removeAllQueryItems(QStringLiteral("marker"));
    query.removeAllQueryItems(QStringLiteral("limit"));
    if (page.limit > 0)
        query.addQueryItem(QStringLiteral("limit"), QString::number(page.limit));
    query.addQueryItem(QStringLiteral("marker"), page.lastId);
    return request.baseUrl + u'/' + request.path.join(u'/') + u'?' + query.toString(QUrl::FullyEncoded);
}

} // namespace zenith::demo
