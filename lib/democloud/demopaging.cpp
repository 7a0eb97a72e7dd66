#include "demopaging.h"

namespace zenith::demo {

std::optional<DemoPage> cutPage(const QList<QJsonObject>& all, const DemoRequest& request, int maxLimit,
                                const QString& idKey)
{
    DemoPage page;
    qsizetype start = 0;
    const QString marker = request.queryValue(QStringLiteral("marker"));
    if (!marker.isEmpty()) {
        start = -1;
        for (qsizetype i = 0; i < all.size(); ++i) {
            if (all[i].value(idKey).toString() == marker) {
                start = i + 1;
                break;
            }
        }
        if (start < 0)
            return std::nullopt;
    }
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
