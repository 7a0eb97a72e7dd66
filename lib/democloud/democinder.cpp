#include "democinder.h"

#include "democinderquota.h"
#include "democinderviews.h"
#include "demoerrors.h"

#include <QJsonArray>

namespace zenith::demo {

namespace {

const QString kDefaultType = QStringLiteral("__DEFAULT__");

} // namespace

DemoCinder::DemoCinder(DemoEnv& env)
    : DemoService(env)
    , m_lifecycle(env)
    , m_volumes(env, m_lifecycle)
    , m_snapshots(env, m_lifecycle)
{}

void DemoCinder::route(DemoRouter& router, const QByteArray& method, const QString& path, Handler handler)
{
    router.add(QStringLiteral("volume"), method, QStringLiteral("v3/{project_id}/") + path,
               [this, handler = std::move(handler)](DemoRequest& request) {
                   const auto minor = cinder::requestedMinor(request);
                   if (const auto* refusal = std::get_if<DemoReply>(&minor))
                       return *refusal;
                   DemoReply refusal;
                   if (!cinder::checkProject(request, &refusal))
                       return refusal;
                   ensureDefaultType(request.region);
                   return handler(request, std::get<int>(minor));
               });
}

void DemoCinder::addRoutes(DemoRouter& router)
{
    const QByteArray get = QByteArrayLiteral("GET");
    const QByteArray post = QByteArrayLiteral("POST");
    const QByteArray put = QByteArrayLiteral("PUT");
    const QByteArray del = QByteArrayLiteral("DELETE");
    DemoCinderVolumes& v = m_volumes;
    route(router, post, QStringLiteral("volumes"), [&v](const DemoRequest& r, int m) { return v.create(r, m); });
    route(router, get, QStringLiteral("volumes"), [&v](const DemoRequest& r, int m) { return v.list(r, m, false); });
    route(router, get, QStringLiteral("volumes/detail"),
          [&v](const DemoRequest& r, int m) { return v.list(r, m, true); });
    route(router, get, QStringLiteral("volumes/{volume_id}"),
          [&v](const DemoRequest& r, int m) { return v.show(r, m); });
    route(router, put, QStringLiteral("volumes/{volume_id}"),
          [&v](const DemoRequest& r, int m) { return v.update(r, m); });
    route(router, del, QStringLiteral("volumes/{volume_id}"),
          [&v](const DemoRequest& r, int m) { return v.remove(r, m); });
    route(router, post, QStringLiteral("volumes/{volume_id}/action"),
          [&v](const DemoRequest& r, int m) { return v.action(r, m); });

    DemoCinderSnapshots& s = m_snapshots;
    route(router, post, QStringLiteral("snapshots"), [&s](const DemoRequest& r, int m) { return s.create(r, m); });
    for (const QString& path : {QStringLiteral("snapshots"), QStringLiteral("snapshots/detail")})
        route(router, get, path, [&s](const DemoRequest& r, int m) { return s.list(r, m); });
    route(router, get, QStringLiteral("snapshots/{snapshot_id}"),
          [&s](const DemoRequest& r, int m) { return s.show(r, m); });
    route(router, put, QStringLiteral("snapshots/{snapshot_id}"),
          [&s](const DemoRequest& r, int m) { return s.update(r, m); });
    route(router, del, QStringLiteral("snapshots/{snapshot_id}"),
          [&s](const DemoRequest& r, int m) { return s.remove(r, m); });

    route(router, get, QStringLiteral("types"), [this](const DemoRequest& r, int) { return listTypes(r); });
    route(router, get, QStringLiteral("types/{type_id}"), [this](const DemoRequest& r, int) { return showType(r); });
    route(router, get, QStringLiteral("limits"), [this](const DemoRequest& r, int) { return limits(r); });
    route(router, get, QStringLiteral("os-availability-zone"),
          [](const DemoRequest&, int) { return availabilityZones(); });
}

void DemoCinder::seed()
{
    for (const QString& region : std::as_const(env().regions))
        ensureDefaultType(region);
}

void DemoCinder::settleLoaded()
{
    seed();
    m_lifecycle.settleAll();
}

void DemoCinder::ensureDefaultType(const QString& region)
{
    const QString types = DemoEnv::in(region, QStringLiteral("volume_types"));
    if (state().count(types) > 0)
        return;
    // The type Cinder makes at installation: every volume without an explicit type gets it.
    state().put(types, QJsonObject{{QStringLiteral("id"), DemoEnv::newId()},
                                   {QStringLiteral("name"), kDefaultType},
                                   {QStringLiteral("is_public"), true},
                                   {QStringLiteral("description"), QStringLiteral("Default Volume Type")},
                                   {QStringLiteral("extra_specs"), QJsonObject()},
                                   {QStringLiteral("os-volume-type-access:is_public"), true}});
}

DemoReply DemoCinder::listTypes(const DemoRequest& request)
{
    QJsonArray types;
    for (const QJsonObject& t : env().state.items(cinder::key(request, QStringLiteral("volume_types")))) {
        // A user sees the public types only.
        if (t.value(u"is_public").toBool() || request.caller.admin)
            types.append(t);
    }
    return DemoReply::json(200, QJsonObject{{QStringLiteral("volume_types"), types}});
}

DemoReply DemoCinder::showType(const DemoRequest& request)
{
    QString wanted = request.param(QStringLiteral("type_id"));
    const QList<QJsonObject> types = env().state.items(cinder::key(request, QStringLiteral("volume_types")));
    for (const QJsonObject& t : types) {
        const bool isDefault = wanted == u"default" && t.value(u"name").toString() == kDefaultType;
        if (isDefault || t.value(u"id").toString() == wanted)
            return DemoReply::json(200, QJsonObject{{QStringLiteral("volume_type"), t}});
    }
    return errors::cinder(404, QStringLiteral("Volume type %1 could not be found.").arg(wanted));
}

DemoReply DemoCinder::limits(const DemoRequest& request)
{
    return DemoReply::json(200, cinder::limitsBody(env().state, request));
}

DemoReply DemoCinder::availabilityZones()
{
    const QJsonObject nova{{QStringLiteral("zoneName"), QStringLiteral("nova")},
                           {QStringLiteral("zoneState"), QJsonObject{{QStringLiteral("available"), true}}}};
    return DemoReply::json(200, QJsonObject{{QStringLiteral("availabilityZoneInfo"), QJsonArray{nova}}});
}

} // namespace zenith::demo
