#include "demonovaactionlog.h"

#include "demonovacommon.h"
#include "demopaging.h"

namespace zenith::demo::nova {

namespace {

QString actionsOf(const QString& region)
{
    return coll(region, QStringLiteral("instance_actions"));
}

// Stored under "<server>/<request id>": one request may act on several servers (min_count).
QString actionKey(const QString& serverId, const QString& requestId)
{
    return serverId + u'/' + requestId;
}

QList<QJsonObject> actionsOfServer(const DemoEnv& env, const QString& region, const QString& serverId)
{
    QList<QJsonObject> newestFirst;
    for (const QJsonObject& a : env.state.items(actionsOf(region))) {
        if (a.value(u"instance_uuid").toString() == serverId)
            newestFirst.prepend(a);
    }
    return newestFirst;
}

// From 2.21 Nova reads the instance with read_deleted='yes': a deleted server's log (ending on
// "delete") stays readable by its project; before, and for ids never seen, 404.
bool logReadable(DemoEnv& env, DemoRequest& request, const QString& serverId)
{
    if (findServer(env, request, serverId))
        return true;
    if (!atLeast(request, 21))
        return false;
    const QList<QJsonObject> actions = actionsOfServer(env, request.region, serverId);
    return !actions.isEmpty() &&
           (request.caller.admin || actions.constFirst().value(u"project_id").toString() == request.caller.projectId);
}

QJsonObject actionView(const DemoRequest& request, const QJsonObject& stored)
{
    QJsonObject view;
    for (const char16_t* key :
         {u"action", u"instance_uuid", u"request_id", u"user_id", u"project_id", u"start_time", u"message"})
        view.insert(QString::fromUtf16(key), stored.value(QString::fromUtf16(key)));
    if (atLeast(request, 58))
        view.insert(QStringLiteral("updated_at"), stored.value(u"updated_at"));
    return view;
}

// Events are shown to the owner from 2.51 (to admins always); hostId from 2.62; the traceback and
// the host itself to admins only.
QJsonArray eventsView(const DemoRequest& request, const QJsonObject& stored)
{
    QJsonArray events;
    const bool admin = request.caller.admin;
    for (const QJsonValue& v : stored.value(u"events").toArray()) {
        const QJsonObject e = v.toObject();
        QJsonObject view{{QStringLiteral("event"), e.value(u"event")},
                         {QStringLiteral("start_time"), e.value(u"start_time")},
                         {QStringLiteral("finish_time"), e.value(u"finish_time")},
                         {QStringLiteral("result"), e.value(u"result")}};
        if (admin)
            view.insert(QStringLiteral("traceback"), QJsonValue::Null);
        if (admin && atLeast(request, 62))
            view.insert(QStringLiteral("host"), e.value(u"host"));
        if (atLeast(request, 62))
            view.insert(QStringLiteral("hostId"),
                        hostId(stored.value(u"project_id").toString(), e.value(u"host").toString()));
        if (admin && atLeast(request, 84))
            view.insert(QStringLiteral("details"), QJsonValue::Null);
        events.append(view);
    }
    return events;
}

DemoReply listActions(DemoEnv& env, DemoRequest& request)
{
    const QString serverId = request.param(QStringLiteral("server_id"));
    if (!logReadable(env, request, serverId))
        return serverNotFound(serverId);
    QList<QJsonObject> all = actionsOfServer(env, request.region, serverId);
    QList<QJsonObject> page = all;
    const bool paged = atLeast(request, 58);
    if (paged) {
        DemoReply refused;
        const auto limit = pageLimit(request, &refused);
        if (!limit)
            return refused;
        const QString marker = request.queryValue(QStringLiteral("marker"));
        const auto start = pageStart(all, marker, QStringLiteral("request_id"));
        // Nova looks the marker up and then reports the lookup's result, None.
        if (!start)
            return errors::nova(400, QStringLiteral("Marker None could not be found."));
        page = all.mid(*start, *limit);
    }
    QJsonArray items;
    for (const QJsonObject& a : std::as_const(page))
        items.append(actionView(request, a));
    QJsonObject body{{QStringLiteral("instanceActions"), items}};
    if (paged && !page.isEmpty()) {
        const QJsonArray next = nextLinks(request, page, page.constLast().value(u"request_id").toString());
        if (!next.isEmpty())
            body.insert(QStringLiteral("links"), next);
    }
    return DemoReply::json(200, body);
}

DemoReply showAction(DemoEnv& env, DemoRequest& request)
{
    const QString serverId = request.param(QStringLiteral("server_id"));
    const QString requestId = request.param(QStringLiteral("request_id"));
    if (!logReadable(env, request, serverId))
        return serverNotFound(serverId);
    const QJsonObject* stored = env.state.find(actionsOf(request.region), actionKey(serverId, requestId));
    if (!stored)
        return errors::nova(404, QStringLiteral("Action %1 not found").arg(requestId));
    QJsonObject view = actionView(request, *stored);
    if (request.caller.admin || atLeast(request, 51))
        view.insert(QStringLiteral("events"), eventsView(request, *stored));
    return DemoReply::json(200, QJsonObject{{QStringLiteral("instanceAction"), view}});
}

} // namespace

void recordAction(DemoEnv& env, const DemoRequest& request, const QString& serverId, const QString& requestId,
                  const QString& action, const QStringList& events)
{
    const QString now = dbTime();
    QJsonArray started;
    for (const QString& name : events)
        started.append(QJsonObject{{QStringLiteral("event"), name},
                                   {QStringLiteral("start_time"), now},
                                   {QStringLiteral("finish_time"), QJsonValue::Null},
                                   {QStringLiteral("result"), QJsonValue::Null},
                                   {QStringLiteral("host"), hostName(request.region)}});
    env.state.put(actionsOf(request.region), QJsonObject{{QStringLiteral("id"), actionKey(serverId, requestId)},
                                                         {QStringLiteral("action"), action},
                                                         {QStringLiteral("instance_uuid"), serverId},
                                                         {QStringLiteral("request_id"), requestId},
                                                         {QStringLiteral("user_id"), request.caller.userId},
                                                         {QStringLiteral("project_id"), request.caller.projectId},
                                                         {QStringLiteral("start_time"), now},
                                                         {QStringLiteral("message"), QJsonValue::Null},
                                                         {QStringLiteral("updated_at"), now},
                                                         {QStringLiteral("events"), started}});
}

void startEvent(DemoEnv& env, const QString& region, const QString& serverId, const QString& requestId,
                const QString& event)
{
    QJsonObject* action = env.state.find(actionsOf(region), actionKey(serverId, requestId));
    if (!action)
        return;
    QJsonArray events = action->value(u"events").toArray();
    events.append(QJsonObject{{QStringLiteral("event"), event},
                              {QStringLiteral("start_time"), dbTime()},
                              {QStringLiteral("finish_time"), QJsonValue::Null},
                              {QStringLiteral("result"), QJsonValue::Null},
                              {QStringLiteral("host"), hostName(region)}});
    action->insert(QStringLiteral("events"), events);
}

void finishAction(DemoEnv& env, const QString& region, const QString& serverId, const QString& requestId, bool ok)
{
    QJsonObject* action = env.state.find(actionsOf(region), actionKey(serverId, requestId));
    if (!action)
        return;
    const QString now = dbTime();
    QJsonArray events = action->value(u"events").toArray();
    for (qsizetype i = 0; i < events.size(); ++i) {
        QJsonObject e = events[i].toObject();
        if (!e.value(u"finish_time").isNull())
            continue;
        e.insert(QStringLiteral("finish_time"), now);
        e.insert(QStringLiteral("result"), ok ? QStringLiteral("Success") : QStringLiteral("Error"));
        events[i] = e;
    }
    action->insert(QStringLiteral("events"), events);
    action->insert(QStringLiteral("updated_at"), now);
    if (!ok)
        action->insert(QStringLiteral("message"), QStringLiteral("Error"));
}

void addActionLogRoutes(DemoRouter& router, DemoEnv& env)
{
    const QString compute = QStringLiteral("compute");
    router.add(compute, "GET", QStringLiteral("v2.1/servers/{server_id}/os-instance-actions"),
               [&env](DemoRequest& r) { return listActions(env, r); });
    router.add(compute, "GET", QStringLiteral("v2.1/servers/{server_id}/os-instance-actions/{request_id}"),
               [&env](DemoRequest& r) { return showAction(env, r); });
}

} // namespace zenith::demo::nova
