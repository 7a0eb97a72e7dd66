#include "demoneutronlist.h"

#include "demoneutronjson.h"

#include <QSet>

#include <algorithm>
#include <cctype>
#include <variant>

namespace zenith::demo::neutron {

namespace {

const QStringList kNotFilters{QStringLiteral("limit"),       QStringLiteral("marker"),   QStringLiteral("page_reverse"),
                              QStringLiteral("sort_key"),    QStringLiteral("sort_dir"), QStringLiteral("fields"),
                              QStringLiteral("tags"),        QStringLiteral("tags-any"), QStringLiteral("not-tags"),
                              QStringLiteral("not-tags-any")};

// Every value of a query key, matched on the decoded key: QUrlQuery's own lookup misses keys whose
// characters arrived percent-encoded ("router%3Aexternal").
QStringList valuesOf(const DemoRequest& request, const QString& key)
{
    QStringList values;
    for (const auto& [k, v] : request.query.queryItems(QUrl::FullyDecoded)) {
        if (k == key)
            values.append(v);
    }
    return values;
}

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

// The query of one listing, read once: a listing tests it against every stored item, and
// decoding the query per item (and per key) made a page of 100 out of 5,000 ports cost as much as
// serving all of them.
struct ListQuery
{
    explicit ListQuery(const DemoRequest& request)
    {
        for (const auto& [k, v] : request.query.queryItems(QUrl::FullyDecoded)) {
            if (k == u"tags")
                allTags += v.split(u',', Qt::SkipEmptyParts);
            else if (k == u"tags-any")
                anyTags += v.split(u',', Qt::SkipEmptyParts);
            else if (k == u"not-tags")
                notAllTags += v.split(u',', Qt::SkipEmptyParts);
            else if (k == u"not-tags-any")
                notAnyTags += v.split(u',', Qt::SkipEmptyParts);
            if (kNotFilters.contains(k))
                continue;
            auto it = std::find_if(filters.begin(), filters.end(), [&](const auto& f) { return f.first == k; });
            if (it == filters.end())
                filters.append({k, {v}});
            else
                it->second.append(v);
        }
    }

    // "tags=a,b" needs all of them, "tags-any" one, "not-tags" not all, "not-tags-any" none.
    bool tagsMatch(const QJsonObject& item) const
    {
        if (allTags.isEmpty() && anyTags.isEmpty() && notAllTags.isEmpty() && notAnyTags.isEmpty())
            return true;
        QSet<QString> tags;
        for (const QJsonValue& t : item.value(u"tags").toArray())
            tags.insert(t.toString());
        const auto count = [&](const QStringList& wanted) {
            return std::count_if(wanted.begin(), wanted.end(), [&](const QString& t) { return tags.contains(t); });
        };
        return (allTags.isEmpty() || count(allTags) == allTags.size()) && (anyTags.isEmpty() || count(anyTags) > 0) &&
               (notAllTags.isEmpty() || count(notAllTags) < notAllTags.size()) &&
               (notAnyTags.isEmpty() || count(notAnyTags) == 0);
    }

    QList<QPair<QString, QStringList>> filters; //!< attribute -> the values asked, in query order
    QStringList allTags, anyTags, notAllTags, notAnyTags;
};

std::variant<QList<QJsonObject>, DemoReply> filtered(const DemoRequest& request, const QList<QJsonObject>& items,
                                                     const ListSpec& spec)
{
    const ListQuery query(request);
    const auto special = [&](const QString& k, const QStringList& values, const QJsonObject& item) {
        return spec.filter ? spec.filter(k, values, item) : std::nullopt;
    };
    if (!query.filters.isEmpty() && !items.isEmpty()) {
        // Filter validation (Zed's default): a key no item has is no attribute of the collection.
        QSet<QString> known;
        for (const QJsonObject& item : items) {
            for (const QString& k : item.keys())
                known.insert(k);
        }
        QStringList invalid;
        for (const auto& [k, values] : query.filters) {
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
        for (const auto& [k, values] : query.filters) {
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
std::variant<Before, DemoReply> sortOrder(const DemoRequest& request)
{
    QList<QPair<QString, bool>> sorts;
    const QStringList keys = valuesOf(request, QStringLiteral("sort_key"));
    const QStringList dirs = valuesOf(request, QStringLiteral("sort_dir"));
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
QString link(const DemoRequest& request, const QString& marker, bool previous)
{
    QList<QPair<QString, QString>> params = request.query.queryItems(QUrl::FullyDecoded);
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

QJsonArray pageLinks(const DemoRequest& request, const QList<QJsonObject>& page, int limit, bool reverse)
{
    QJsonArray links;
    const bool short_ = page.size() < limit;
    if (!(short_ && !reverse))
        links.append(
            QJsonObject{{QStringLiteral("rel"), QStringLiteral("next")},
                        {QStringLiteral("href"),
                         link(request, page.isEmpty() ? QString() : page.last().value(u"id").toString(), false)}});
    if (!(short_ && reverse))
        links.append(
            QJsonObject{{QStringLiteral("rel"), QStringLiteral("previous")},
                        {QStringLiteral("href"),
                         link(request, page.isEmpty() ? QString() : page.first().value(u"id").toString(), true)}});
    return links;
}

} // namespace

QJsonObject withFields(const DemoRequest& request, const QJsonObject& item)
{
    const QStringList fields = valuesOf(request, QStringLiteral("fields"));
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
    const QString limitText = valuesOf(request, QStringLiteral("limit")).value(0);
    bool limitOk = true;
    const int limit = limitText.isEmpty() ? 0 : limitText.trimmed().toInt(&limitOk);
    if (!limitOk || limit < 0)
        return badResourceRequest(QStringLiteral("limit"),
                                  QStringLiteral("Limit must be an integer 0 or greater and not '%1'").arg(limitText));
    const auto order = sortOrder(request);
    if (const auto* refused = std::get_if<DemoReply>(&order))
        return *refused;
    const Before before = std::get<Before>(order);
    const auto kept = filtered(request, items, spec);
    if (const auto* refused = std::get_if<DemoReply>(&kept))
        return *refused;
    QList<QJsonObject> page = std::get<QList<QJsonObject>>(kept);
    std::stable_sort(page.begin(), page.end(), before);

    QJsonObject body;
    if (limit > 0) {
        const bool reverse = valuesOf(request, QStringLiteral("page_reverse")).value(0).toLower() == u"true";
        const QString marker = valuesOf(request, QStringLiteral("marker")).value(0);
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
        body.insert(spec.collection + QStringLiteral("_links"), pageLinks(request, page, limit, reverse));
    }
    QJsonArray out;
    const bool someFields = !valuesOf(request, QStringLiteral("fields")).isEmpty();
    for (const QJsonObject& item : std::as_const(page))
        out.append(someFields ? withFields(request, item) : item);
    body.insert(spec.collection, out);
    return DemoReply::json(200, body);
}

} // namespace zenith::demo::neutron
