#include "demoneutronlistquery.h"

#include <QSet>

#include <algorithm>

namespace zenith::demo::neutron {

namespace {

const QStringList kNotFilters{QStringLiteral("limit"),       QStringLiteral("marker"),   QStringLiteral("page_reverse"),
                              QStringLiteral("sort_key"),    QStringLiteral("sort_dir"), QStringLiteral("fields"),
                              QStringLiteral("tags"),        QStringLiteral("tags-any"), QStringLiteral("not-tags"),
                              QStringLiteral("not-tags-any")};

} // namespace

ListQuery::ListQuery(const DemoRequest& request)
    : m_items(request.query.queryItems(QUrl::FullyDecoded))
{
    for (const auto& [k, v] : std::as_const(m_items)) {
        if (k == u"tags")
            m_allTags += v.split(u',', Qt::SkipEmptyParts);
        else if (k == u"tags-any")
            m_anyTags += v.split(u',', Qt::SkipEmptyParts);
        else if (k == u"not-tags")
            m_notAllTags += v.split(u',', Qt::SkipEmptyParts);
        else if (k == u"not-tags-any")
            m_notAnyTags += v.split(u',', Qt::SkipEmptyParts);
        if (kNotFilters.contains(k))
            continue;
        auto it = std::find_if(m_filters.begin(), m_filters.end(), [&](const auto& f) { return f.first == k; });
        if (it == m_filters.end())
            m_filters.append({k, {v}});
        else
            it->second.append(v);
    }
}

QStringList ListQuery::values(const QString& key) const
{
    QStringList values;
    for (const auto& [k, v] : m_items) {
        if (k == key)
            values.append(v);
    }
    return values;
}

QString ListQuery::value(const QString& key, const QString& otherwise) const
{
    for (const auto& [k, v] : m_items) {
        if (k == key)
            return v;
    }
    return otherwise;
}

bool ListQuery::tagsMatch(const QJsonObject& item) const
{
    if (m_allTags.isEmpty() && m_anyTags.isEmpty() && m_notAllTags.isEmpty() && m_notAnyTags.isEmpty())
        return true;
    QSet<QString> tags;
    for (const QJsonValue& t : item.value(u"tags").toArray())
        tags.insert(t.toString());
    const auto count = [&](const QStringList& wanted) {
        return std::count_if(wanted.begin(), wanted.end(), [&](const QString& t) { return tags.contains(t); });
    };
    return (m_allTags.isEmpty() || count(m_allTags) == m_allTags.size()) &&
           (m_anyTags.isEmpty() || count(m_anyTags) > 0) &&
           (m_notAllTags.isEmpty() || count(m_notAllTags) < m_notAllTags.size()) &&
           (m_notAnyTags.isEmpty() || count(m_notAnyTags) == 0);
}

} // namespace zenith::demo::neutron
