#include "demoneutronlist.h"

#include "demoneutronjson.h"

#include <QSet>

#include <algorithm>
#include <cctype>
#include <variant>

namespace zenith::demo::neutron {

namespace {

// neutron-lib convert_to_boolean: "true"/"1" and "false"/"0", any case.
QString normalized(const QJsonValue& item, const QString& asked)
{
    if (!item.isBool())
        return asked;
    const QString lower = asked.toLower();
    if (lower == u"1")
        return QStringLiteral("true");
    if (lower == u"0")
        return QStringLiteral("false");
    return lower;
}

bool attributeMatches(const QJsonValue& value, const QStringList& asked)
{
    for (const QString& wanted : asked) {
        if (value.isArray()) {
            for (const QJsonValue& element : value.toArray()) {
                if (filterText(element) == wanted)
                    return true;
            }
        } else if (filterText(value) == normalized(value, wanted)) {
            return true;
        }
    }
    return false;
}

std::variant<QList<QJsonObject>, DemoReply> filtered(const ListQuery& query, const QList<QJsonObject>& items,
                                                     const ListSpec& spec)
{
    const auto special = [&](const QString& k, const QStringList& values, const QJsonObject& item) {
        return spec.filter ? spec.filter(k, values, item) : std::nullopt;
    };
    if (!query.filters().isEmpty() && !items.isEmpty()) {
        // Filter validation (Zed's default): a key no item has is no attribute of the collection.
        QSet<QString> known;
        for (const QJsonObject& item : items) {
            for (const QString& k : item.keys())
                known.insert(k);
        }
        QStringList invalid;
        for (const auto& [k, values] : query.filters()) {
            if (!known.contains(k) && !special(k, values, items.first()))
                invalid.append(k);
        }
        if (!invalid.isEmpty())
            return badRequest(QStringLiteral("['%1'] is invalid attribute for filtering").arg(invalid.join(u"', '")));
    }
    QList<QJsonObject> kept;
    kept.reserve(items.size());
    for (const QJsonObject& item : items) {
        bool pass = query.tagsMatch(item);
        for (const auto& [k, values] : query.filters()) {
            if (!pass)
                break;
            if (const auto own = special(k, values, item))
                pass = *own;
            else
                pass = attributeMatches(item.value(k), values);
        }
        if (pass)
            kept.append(item);
    }
    return kept;
}

int compareValues(const QJsonValue& a, const QJsonValue& b)
{
    if (a.isNull() || a.isUndefined() || b.isNull() || b.isUndefined())
        return int(!(a.isNull() || a.isUndefined())) - int(!(b.isNull() || b.isUndefined()));
    if (a.isDouble() && b.isDouble())
        return a.toDouble() < b.toDouble() ? -1 : (a.toDouble() > b.toDouble() ? 1 : 0);
    if (a.isBool() && b.isBool())
        return int(a.toBool()) - int(b.toBool());
    return filterText(a).compare(filterText(b));
}

using Before = std::function<bool(const QJsonObject&, const QJsonObject&)>;

// The order asked with sort_key/sort_dir, the primary key last (PaginationNativeHelper).
std::variant<Before, DemoReply> sortOrder(const ListQuery& query)
{
    QList<QPair<QString, bool>> sorts;
    const QStringList keys = query.values(QStringLiteral("sort_key"));
    const QStringList dirs = query.values(QStringLiteral("sort_dir"));
    if (keys.size() != dirs.size())
        return badRequest(QStringLiteral("The number of sort_keys and sort_dirs must be same"));
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (dirs[i] != u"asc" && dirs[i] != u"desc")
            return badRequest(
                QStringLiteral("['%1'] is invalid value for sort_dirs, valid value is 'asc' and 'desc'").arg(dirs[i]));
        sorts.append({keys[i], dirs[i] == u"asc"});
    }
    if (!keys.contains(QStringLiteral("id")))
        sorts.append({QStringLiteral("id"), true});
    return Before([sorts](const QJsonObject& a, const QJsonObject& b) {
        for (const auto& [k, ascending] : sorts) {
            const int c = compareValues(a.value(k), b.value(k));
            if (c != 0)
                return ascending ? c < 0 : c > 0;
        }
        return false;
    });
}

// Python's urllib.parse.quote_plus.
QString quotePlus(const QString& text)
{
    QString out;
    for (const char c : text.toUtf8()) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u) || c == '_' || c == '.' || c == '-' || c == '~')
            out.append(QLatin1Char(c));
        else if (c == ' ')
            out.append(u'+');
        else
            out.append(QStringLiteral("%%1").arg(u, 2, 16, QLatin1Char('0')).toUpper());
    }
    return out;
}

// api_common.get_next_link / get_previous_link: the query with marker (and page_reverse) moved last.
QString link(const DemoRequest& request, const ListQuery& query, const QString& marker, bool previous)
{
    QList<QPair<QString, QString>> params = query.items();
    params.removeIf([](const auto& p) { return p.first == u"marker" || p.first == u"page_reverse"; });
    if (!marker.isEmpty())
        params.append({QStringLiteral("marker"), marker});
    if (previous)
        params.append({QStringLiteral("page_reverse"), QStringLiteral("True")});
    QStringList encoded;
    for (const auto& [k, v] : params)
        encoded.append(quotePlus(k) + u'=' + quotePlus(v));
    return request.baseUrl + u'/' + request.path.join(u'/') + u'?' + encoded.join(u'&');
}

QJsonArray pageLinks(const DemoRequest& request, const ListQuery& query, const QList<QJsonObject>& page, int limit,
                     bool reverse)
{
    QJsonArray links;
    const bool short_ = page.size() < limit;
    if (!(short_ && !reverse))
        links.append(QJsonObject{
            {QStringLiteral("rel"), QStringLiteral("next")},
            {QStringLiteral("href"),
             link(request, query, page.isEmpty() ? QString() : page.last().value(u"id").toString(), false)}});
    if (!(short_ && reverse))
        links.append(QJsonObject{
            {QStringLiteral("rel"), QStringLiteral("previous")},
            {QStringLiteral("href"),
             link(request, query, page.isEmpty() ? QString() : page.first().value(u"id").toString(), true)}});
    return links;
}

} // namespace

QJsonObject withFields(const DemoRequest& request, const QJsonObject& item)
{
    return withFields(ListQuery(request).values(QStringLiteral("fields")), item);
}

QJsonObject withFields(const QStringList& fields, const QJsonObject& item)
{
    if (fields.isEmpty())
        return item;
    QJsonObject out;
    for (const QString& f : fields) {
        if (item.contains(f))
            out.insert(f, item.value(f));
    }
    return out;
}

DemoReply listReply(const DemoRequest& request, QList<QJsonObject> items, const ListSpec& spec)
{
    return listReply(request, ListQuery(request), std::move(items), spec);
}

DemoReply listReply(const DemoRequest& request, const ListQuery& query, QList<QJsonObject> items, const ListSpec& spec)
{
    const QString limitText = query.value(QStringLiteral("limit"));
    bool limitOk = true;
    const int limit = limitText.isEmpty() ? 0 : limitText.trimmed().toInt(&limitOk);
    if (!limitOk || limit < 0)
        return badResourceRequest(QStringLiteral("limit"),
                                  QStringLiteral("Limit must be an integer 0 or greater and not '%1'").arg(limitText));
    const auto order = sortOrder(query);
    if (const auto* refused = std::get_if<DemoReply>(&order))
        return *refused;
    const Before before = std::get<Before>(order);
    const auto kept = filtered(query, items, spec);
    if (const auto* refused = std::get_if<DemoReply>(&kept))
        return *refused;
    QList<QJsonObject> page = std::get<QList<QJsonObject>>(kept);
    std::stable_sort(page.begin(), page.end(), before);

    QJsonObject body;
    if (limit > 0) {
        const bool reverse = query.value(QStringLiteral("page_reverse")).toLower() == u"true";
        const QString marker = query.value(QStringLiteral("marker"));
        qsizetype at = reverse ? page.size() : 0; // the first item of the page (reverse: one past the last)
        if (!marker.isEmpty()) {
            // The marker is looked up among all the caller may see, filtered or not, as Neutron's DB does.
            const auto found = std::find_if(items.begin(), items.end(),
                                            [&](const QJsonObject& i) { return i.value(u"id").toString() == marker; });
            if (found == items.end())
                return spec.unknownMarker(marker);
            const QJsonObject m = *found;
            at = reverse ? std::lower_bound(page.begin(), page.end(), m, before) - page.begin()
                         : std::upper_bound(page.begin(), page.end(), m, before) - page.begin();
        }
        page = reverse ? page.mid(qMax<qsizetype>(0, at - limit), qMin<qsizetype>(at, limit)) : page.mid(at, limit);
        body.insert(spec.collection + QStringLiteral("_links"), pageLinks(request, query, page, limit, reverse));
    }
    if (spec.completePage)
        spec.completePage(page);
    QJsonArray out;
    const QStringList fields = query.values(QStringLiteral("fields"));
    for (const QJsonObject& item : std::as_const(page))
        out.append(withFields(fields, item));
    body.insert(spec.collection, out);
    return DemoReply::json(200, body);
}

} // namespace zenith::demo::neutron
