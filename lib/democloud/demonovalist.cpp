#include "demonovacommon.h"
#include "demonovanetworking.h"
#include "demonovaroutes.h"
#include "demonovaview.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace zenith::demo::nova {

namespace {

// Nova matches names and addresses as regular expressions, anywhere in the value.
class Search
{
public:
    explicit Search(const QString& pattern)
        : m_pattern(pattern)
        , m_re(pattern)
    {}
    bool isEmpty() const { return m_pattern.isEmpty(); }
    bool matches(const QString& value) const
    {
        return m_re.isValid() ? m_re.match(value).hasMatch() : value.contains(m_pattern);
    }

private:
    QString m_pattern;
    QRegularExpression m_re;
};

// The query of one listing, read once: a listing tests it against every stored server, and
// reading the query (and the microversion header) per server made a page of 1,000 out of
// 10,000 servers cost as much as serving it.
class ServerFilter
{
public:
    explicit ServerFilter(const DemoRequest& request);
    bool accepts(const DemoEnv& env, const QString& region, const QJsonObject& server) const;

private:
    bool tagsMatch(const QJsonObject& server) const;
    bool fieldsMatch(const QJsonObject& server) const;
    bool addressMatches(const DemoEnv& env, const QString& region, const QJsonObject& server,
                        const Search& search) const;

    bool m_everyone = false;
    QString m_projectId;
    Search m_name;
    Search m_ip;
    Search m_ip6;
    QStringList m_statuses;
    QStringList m_allTags, m_anyTags, m_notAllTags, m_notAnyTags;
    QList<QPair<QString, QStringList>> m_exact; //!< stored field -> the values asked for it
    std::optional<bool> m_locked;
    QDateTime m_since;
};

ServerFilter::ServerFilter(const DemoRequest& request)
    : m_everyone(request.caller.admin && !request.queryValue(QStringLiteral("all_tenants")).isEmpty())
    , m_projectId(request.caller.projectId)
    , m_name(request.queryValue(QStringLiteral("name")))
    , m_ip(request.queryValue(QStringLiteral("ip")))
    , m_ip6(request.queryValue(QStringLiteral("ip6")))
{
    for (const QString& s : request.queryValues(QStringLiteral("status")))
        m_statuses.append(s.toUpper());
    if (atLeast(request, 26)) {
        const auto wanted = [&request](const char16_t* key) {
            return request.queryValue(QString::fromUtf16(key)).split(u',', Qt::SkipEmptyParts);
        };
        m_allTags = wanted(u"tags");
        m_anyTags = wanted(u"tags-any");
        m_notAllTags = wanted(u"not-tags");
        m_notAnyTags = wanted(u"not-tags-any");
    }
    // Exact filters: query key -> stored field. The newer ones came with 2.73 and 2.83.
    QList<QPair<QString, QString>> exact{{QStringLiteral("image"), QStringLiteral("_image_id")},
                                         {QStringLiteral("flavor"), QStringLiteral("_flavor_id")},
                                         {QStringLiteral("reservation_id"), QStringLiteral("_reservation_id")}};
    if (atLeast(request, 83)) {
        exact += {{QStringLiteral("availability_zone"), QStringLiteral("OS-EXT-AZ:availability_zone")},
                  {QStringLiteral("key_name"), QStringLiteral("key_name")},
                  {QStringLiteral("vm_state"), QStringLiteral("OS-EXT-STS:vm_state")},
                  {QStringLiteral("task_state"), QStringLiteral("OS-EXT-STS:task_state")},
                  {QStringLiteral("user_id"), QStringLiteral("user_id")}};
    }
    for (const auto& [key, field] : std::as_const(exact)) {
        const QStringList asked = request.queryValues(key);
        if (!asked.isEmpty())
            m_exact.append({field, asked});
    }
    if (atLeast(request, 73) && request.query.hasQueryItem(QStringLiteral("locked")))
        m_locked = request.queryValue(QStringLiteral("locked")).compare(u"true", Qt::CaseInsensitive) == 0;
    const QString since = request.queryValue(QStringLiteral("changes-since"));
    if (!since.isEmpty())
        m_since = QDateTime::fromString(since, Qt::ISODate);
}

bool ServerFilter::tagsMatch(const QJsonObject& server) const
{
    if (m_allTags.isEmpty() && m_anyTags.isEmpty() && m_notAllTags.isEmpty() && m_notAnyTags.isEmpty())
        return true;
    const QStringList tags = server.value(u"tags").toVariant().toStringList();
    const auto hasAll = [&tags](const QStringList& list) {
        return std::all_of(list.cbegin(), list.cend(), [&tags](const QString& t) { return tags.contains(t); });
    };
    const auto hasAny = [&tags](const QStringList& list) {
        return std::any_of(list.cbegin(), list.cend(), [&tags](const QString& t) { return tags.contains(t); });
    };
    return hasAll(m_allTags) && (m_anyTags.isEmpty() || hasAny(m_anyTags)) &&
           (m_notAllTags.isEmpty() || !hasAll(m_notAllTags)) && (m_notAnyTags.isEmpty() || !hasAny(m_notAnyTags));
}

bool ServerFilter::fieldsMatch(const QJsonObject& server) const
{
    for (const auto& [field, asked] : m_exact) {
        if (!asked.contains(server.value(field).toVariant().toString()))
            return false;
    }
    if (m_locked && server.value(u"locked").toBool() != *m_locked)
        return false;
    return !m_since.isValid() || QDateTime::fromString(server.value(u"updated").toString(), Qt::ISODate) >= m_since;
}

bool ServerFilter::addressMatches(const DemoEnv& env, const QString& region, const QJsonObject& server,
                                  const Search& search) const
{
    if (search.isEmpty())
        return true;
    const QJsonObject addresses = serverAddresses(env, region, server.value(u"id").toString());
    for (auto it = addresses.constBegin(); it != addresses.constEnd(); ++it) {
        for (const QJsonValue& a : it.value().toArray()) {
            if (search.matches(a.toObject().value(u"addr").toString()))
                return true;
        }
    }
    return false;
}

bool ServerFilter::accepts(const DemoEnv& env, const QString& region, const QJsonObject& server) const
{
    if (!m_everyone && server.value(u"tenant_id").toString() != m_projectId)
        return false;
    if (!m_name.isEmpty() && !m_name.matches(server.value(u"name").toString()))
        return false;
    if (!m_statuses.isEmpty() && !m_statuses.contains(serverStatus(server)))
        return false;
    return tagsMatch(server) && fieldsMatch(server) && addressMatches(env, region, server, m_ip) &&
           addressMatches(env, region, server, m_ip6);
}

// The statuses Nova can filter on (its _STATE_MAP). A query naming none of them is refused from
// 2.38 on, and answered with no server before.
bool knowsAStatus(const QStringList& asked)
{
    static const QStringList known{u"ACTIVE"_qs,  u"BUILD"_qs,         u"CONFIRMING_RESIZE"_qs, u"DELETED"_qs,
                                   u"ERROR"_qs,   u"HARD_REBOOT"_qs,   u"MIGRATING"_qs,         u"PASSWORD"_qs,
                                   u"PAUSED"_qs,  u"REBOOT"_qs,        u"REBUILD"_qs,           u"RESCUE"_qs,
                                   u"RESIZE"_qs,  u"REVERT_RESIZE"_qs, u"SHELVED"_qs,           u"SHELVED_OFFLOADED"_qs,
                                   u"SHUTOFF"_qs, u"SOFT_DELETED"_qs,  u"SUSPENDED"_qs,         u"VERIFY_RESIZE"_qs};
    return std::any_of(asked.cbegin(), asked.cend(),
                       [](const QString& status) { return known.contains(status.toUpper()); });
}

DemoReply listServers(DemoEnv& env, DemoRequest& request, bool detail)
{
    DemoReply refused;
    const auto limit = pageLimit(request, &refused);
    if (!limit)
        return refused;
    const QStringList statuses = request.queryValues(QStringLiteral("status"));
    if (!statuses.isEmpty() && !knowsAStatus(statuses)) {
        if (atLeast(request, 38))
            return errors::nova(400, QStringLiteral("Invalid status value"));
        return DemoReply::json(200, QJsonObject{{QStringLiteral("servers"), QJsonArray{}}});
    }
    const QString collection = coll(request, QStringLiteral("servers"));
    const QList<QJsonObject> stored = env.state.items(collection);
    // Newest first, as Nova sorts by created_at and id, both descending. Like Nova, the marker is
    // looked up among all servers, then the page is the next `limit` that pass the filters.
    qsizetype from = stored.size() - 1;
    if (request.query.hasQueryItem(QStringLiteral("marker"))) {
        const QString marker = request.queryValue(QStringLiteral("marker"));
        const qsizetype at = env.state.ids(collection).lastIndexOf(marker);
        if (at < 0)
            return errors::nova(400, QStringLiteral("marker [%1] not found").arg(marker));
        from = at - 1;
    }
    const ServerFilter filter(request);
    QList<QJsonObject> page;
    for (qsizetype i = from; i >= 0 && page.size() < *limit; --i) {
        if (filter.accepts(env, request.region, stored[i]))
            page.append(stored[i]);
    }
    QJsonArray items;
    for (const QJsonObject& s : std::as_const(page))
        items.append(detail ? serverView(env, request, s, ServerView::Detail) : serverSummary(request, s));
    QJsonObject body{{QStringLiteral("servers"), items}};
    if (!page.isEmpty()) {
        const QJsonArray next = nextLinks(request, page, page.constLast().value(u"id").toString());
        if (!next.isEmpty())
            body.insert(QStringLiteral("servers_links"), next);
    }
    return DemoReply::json(200, body);
}

} // namespace

void addServerListRoutes(DemoRouter& router, DemoEnv& env)
{
    const QString compute = QStringLiteral("compute");
    router.add(compute, "GET", QStringLiteral("v2.1/servers"),
               [&env](DemoRequest& r) { return listServers(env, r, false); });
    router.add(compute, "GET", QStringLiteral("v2.1/servers/detail"),
               [&env](DemoRequest& r) { return listServers(env, r, true); });
}

} // namespace zenith::demo::nova
