#include "demonovacommon.h"
#include "demonovanetworking.h"
#include "demonovaroutes.h"
#include "demonovaview.h"

#include <QDateTime>
#include <QRegularExpression>

namespace zenith::demo::nova {

namespace {

// Nova matches names and addresses as regular expressions, anywhere in the value.
bool searches(const QString& pattern, const QString& value)
{
    const QRegularExpression re(pattern);
    return re.isValid() ? re.match(value).hasMatch() : value.contains(pattern);
}

QStringList tagsOf(const QJsonObject& server)
{
    return server.value(u"tags").toVariant().toStringList();
}

bool tagsMatch(const DemoRequest& request, const QJsonObject& server)
{
    if (!atLeast(request, 26))
        return true;
    const QStringList tags = tagsOf(server);
    const auto wanted = [&request](const char16_t* key) {
        return request.queryValue(QString::fromUtf16(key)).split(u',', Qt::SkipEmptyParts);
    };
    const auto hasAll = [&tags](const QStringList& list) {
        return std::all_of(list.cbegin(), list.cend(), [&tags](const QString& t) { return tags.contains(t); });
    };
    const auto hasAny = [&tags](const QStringList& list) {
        return std::any_of(list.cbegin(), list.cend(), [&tags](const QString& t) { return tags.contains(t); });
    };
    const QStringList all = wanted(u"tags"), any = wanted(u"tags-any");
    const QStringList notAll = wanted(u"not-tags"), notAny = wanted(u"not-tags-any");
    return hasAll(all) && (any.isEmpty() || hasAny(any)) && (notAll.isEmpty() || !hasAll(notAll)) &&
           (notAny.isEmpty() || !hasAny(notAny));
}

bool addressMatches(const DemoEnv& env, const DemoRequest& request, const QJsonObject& server, const QString& key)
{
    const QString pattern = request.queryValue(key);
    if (pattern.isEmpty())
        return true;
    const QJsonObject addresses = serverAddresses(env, request.region, server.value(u"id").toString());
    for (auto it = addresses.constBegin(); it != addresses.constEnd(); ++it) {
        for (const QJsonValue& a : it.value().toArray()) {
            if (searches(pattern, a.toObject().value(u"addr").toString()))
                return true;
        }
    }
    return false;
}

// Exact filters: query key -> stored field. The newer ones came with 2.73 and 2.83.
bool fieldsMatch(const DemoRequest& request, const QJsonObject& server)
{
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
        if (!asked.isEmpty() && !asked.contains(server.value(field).toVariant().toString()))
            return false;
    }
    if (atLeast(request, 73) && request.query.hasQueryItem(QStringLiteral("locked"))) {
        const bool locked = request.queryValue(QStringLiteral("locked")).compare(u"true", Qt::CaseInsensitive) == 0;
        if (server.value(u"locked").toBool() != locked)
            return false;
    }
    const QString since = request.queryValue(QStringLiteral("changes-since"));
    if (!since.isEmpty()) {
        const QDateTime from = QDateTime::fromString(since, Qt::ISODate);
        if (from.isValid() && QDateTime::fromString(server.value(u"updated").toString(), Qt::ISODate) < from)
            return false;
    }
    return true;
}

bool matches(const DemoEnv& env, const DemoRequest& request, const QJsonObject& server)
{
    const bool everyone = request.caller.admin && !request.queryValue(QStringLiteral("all_tenants")).isEmpty();
    if (!everyone && server.value(u"tenant_id").toString() != request.caller.projectId)
        return false;
    const QString name = request.queryValue(QStringLiteral("name"));
    if (!name.isEmpty() && !searches(name, server.value(u"name").toString()))
        return false;
    const QStringList statuses = request.queryValues(QStringLiteral("status"));
    if (!statuses.isEmpty()) {
        const QString status = serverStatus(server);
        if (!std::any_of(statuses.cbegin(), statuses.cend(),
                         [&status](const QString& s) { return s.toUpper() == status; }))
            return false;
    }
    return tagsMatch(request, server) && fieldsMatch(request, server) &&
           addressMatches(env, request, server, QStringLiteral("ip")) &&
           addressMatches(env, request, server, QStringLiteral("ip6"));
}

DemoReply listServers(DemoEnv& env, DemoRequest& request, bool detail)
{
    DemoReply refused;
    const auto limit = pageLimit(request, &refused);
    if (!limit)
        return refused;
    // Newest first, as Nova sorts by created_at and id, both descending.
    QList<QJsonObject> all;
    for (const QJsonObject& s : env.state.items(coll(request, QStringLiteral("servers")))) {
        if (matches(env, request, s))
            all.prepend(s);
    }
    qsizetype start = 0;
    if (request.query.hasQueryItem(QStringLiteral("marker"))) {
        const QString marker = request.queryValue(QStringLiteral("marker"));
        start = -1;
        for (qsizetype i = 0; i < all.size() && start < 0; ++i) {
            if (all[i].value(u"id").toString() == marker)
                start = i + 1;
        }
        if (start < 0)
            return errors::nova(400, QStringLiteral("marker [%1] not found").arg(marker));
    }
    const QList<QJsonObject> page = all.mid(start, *limit);
    QJsonArray items;
    for (const QJsonObject& s : page)
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
