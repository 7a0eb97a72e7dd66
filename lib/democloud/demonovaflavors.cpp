#include "demonovaflavors.h"

#include "demonovacommon.h"
#include "demonovaroutes.h"

#include <QUuid>

namespace zenith::demo::nova {

namespace {

// Nova's sort keys are its database columns; the API names map onto them.
const QHash<QString, QString> kSortKeys{{QStringLiteral("flavorid"), QStringLiteral("id")},
                                        {QStringLiteral("id"), QStringLiteral("id")},
                                        {QStringLiteral("name"), QStringLiteral("name")},
                                        {QStringLiteral("memory_mb"), QStringLiteral("ram")},
                                        {QStringLiteral("root_gb"), QStringLiteral("disk")},
                                        {QStringLiteral("vcpus"), QStringLiteral("vcpus")},
                                        {QStringLiteral("swap"), QStringLiteral("swap")},
                                        {QStringLiteral("ephemeral_gb"), QStringLiteral("OS-FLV-EXT-DATA:ephemeral")},
                                        {QStringLiteral("rxtx_factor"), QStringLiteral("rxtx_factor")},
                                        {QStringLiteral("is_public"), QStringLiteral("os-flavor-access:is_public")},
                                        {QStringLiteral("disabled"), QStringLiteral("OS-FLV-DISABLED:disabled")},
                                        {QStringLiteral("description"), QStringLiteral("description")}};

QJsonObject flavorView(const DemoRequest& request, const QJsonObject& flavor, bool detail)
{
    const QString id = flavor.value(u"id").toString();
    QJsonObject view{{QStringLiteral("id"), id},
                     {QStringLiteral("name"), flavor.value(u"name")},
                     {QStringLiteral("links"), links(request, QStringLiteral("flavors"), id)}};
    if (atLeast(request, 55))
        view.insert(QStringLiteral("description"), flavor.value(u"description"));
    if (!detail)
        return view;
    for (const char16_t* key : {u"ram", u"disk", u"OS-FLV-EXT-DATA:ephemeral", u"OS-FLV-DISABLED:disabled", u"vcpus",
                                u"os-flavor-access:is_public", u"rxtx_factor"})
        view.insert(QString::fromUtf16(key), flavor.value(QString::fromUtf16(key)));
    // No swap was "" until 2.75.
    const int swap = flavor.value(u"swap").toInt();
    view.insert(QStringLiteral("swap"), swap == 0 && !atLeast(request, 75) ? QJsonValue(QString()) : QJsonValue(swap));
    if (atLeast(request, 61))
        view.insert(QStringLiteral("extra_specs"), flavor.value(u"extra_specs").toObject());
    return view;
}

std::optional<int> minimum(const DemoRequest& request, const QString& key, DemoReply* error)
{
    if (!request.query.hasQueryItem(key))
        return 0;
    bool ok = false;
    const int value = request.queryValue(key).toInt(&ok);
    if (ok && value >= 0)
        return value;
    *error = errors::nova(400, QStringLiteral("Invalid %1 filter [%2]").arg(key, request.queryValue(key)));
    return std::nullopt;
}

std::optional<QList<QJsonObject>> sortedFlavors(const DemoEnv& env, const DemoRequest& request, DemoReply* error)
{
    const auto minRam = minimum(request, QStringLiteral("minRam"), error);
    const auto minDisk = minimum(request, QStringLiteral("minDisk"), error);
    if (!minRam || !minDisk)
        return std::nullopt;
    QList<QJsonObject> all = env.state.select(coll(request, QStringLiteral("flavors")), [&](const QJsonObject& f) {
        return (f.value(u"os-flavor-access:is_public").toBool() || request.caller.admin) &&
               f.value(u"ram").toInt() >= *minRam && f.value(u"disk").toInt() >= *minDisk;
    });
    const QString sortKey = request.queryValue(QStringLiteral("sort_key"));
    const QString field = kSortKeys.value(sortKey.isEmpty() ? QStringLiteral("flavorid") : sortKey);
    if (field.isEmpty()) {
        *error =
            errors::nova(400, QStringLiteral("Invalid input for query parameters sort_key. Value: %1.").arg(sortKey));
        return std::nullopt;
    }
    const bool descending = request.queryValue(QStringLiteral("sort_dir")) == u"desc";
    std::stable_sort(all.begin(), all.end(), [&](const QJsonObject& a, const QJsonObject& b) {
        const QJsonValue x = a.value(field), y = b.value(field);
        const bool less =
            x.isDouble() ? x.toDouble() < y.toDouble() : x.toVariant().toString() < y.toVariant().toString();
        const bool more =
            x.isDouble() ? x.toDouble() > y.toDouble() : x.toVariant().toString() > y.toVariant().toString();
        return descending ? more : less;
    });
    return all;
}

DemoReply listFlavors(const DemoEnv& env, const DemoRequest& request, bool detail)
{
    DemoReply refused;
    const auto limit = pageLimit(request, &refused);
    if (!limit)
        return refused;
    const auto all = sortedFlavors(env, request, &refused);
    if (!all)
        return refused;
    qsizetype start = 0;
    if (request.query.hasQueryItem(QStringLiteral("marker"))) {
        const QString marker = request.queryValue(QStringLiteral("marker"));
        start = -1;
        for (qsizetype i = 0; i < all->size() && start < 0; ++i) {
            if (all->at(i).value(u"id").toString() == marker)
                start = i + 1;
        }
        if (start < 0)
            return errors::nova(400, QStringLiteral("marker [%1] not found").arg(marker));
    }
    const QList<QJsonObject> page = all->mid(start, *limit);
    QJsonArray items;
    for (const QJsonObject& f : page)
        items.append(flavorView(request, f, detail));
    QJsonObject body{{QStringLiteral("flavors"), items}};
    if (!page.isEmpty()) {
        const QJsonArray next = nextLinks(request, page, page.constLast().value(u"id").toString());
        if (!next.isEmpty())
            body.insert(QStringLiteral("flavors_links"), next);
    }
    return DemoReply::json(200, body);
}

DemoReply showFlavor(const DemoEnv& env, const DemoRequest& request)
{
    const QString id = request.param(QStringLiteral("flavor_id"));
    const QJsonObject* flavor = findFlavor(env, request.region, id);
    if (!flavor)
        return errors::nova(404, QStringLiteral("Flavor %1 could not be found.").arg(id));
    return DemoReply::json(200, QJsonObject{{QStringLiteral("flavor"), flavorView(request, *flavor, true)}});
}

DemoReply extraSpecs(const DemoEnv& env, const DemoRequest& request)
{
    const QString id = request.param(QStringLiteral("flavor_id"));
    const QJsonObject* flavor = findFlavor(env, request.region, id);
    if (!flavor)
        return errors::nova(404, QStringLiteral("Flavor %1 could not be found.").arg(id));
    return DemoReply::json(200, QJsonObject{{QStringLiteral("extra_specs"), flavor->value(u"extra_specs").toObject()}});
}

} // namespace

QList<FlavorSeed> classroomFlavors()
{
    return {{QStringLiteral("d2-2"), 1, 2048, 25, {}},
            {QStringLiteral("d2-4"), 2, 4096, 50, {}},
            {QStringLiteral("b2-7"), 2, 7168, 50, {}}};
}

QList<FlavorSeed> devCloudFlavors()
{
    return {{QStringLiteral("m1.nano"), 1, 128, 1, {}},
            {QStringLiteral("m1.tiny"), 1, 512, 1, {}},
            {QStringLiteral("m1.small"), 1, 2048, 20, {}},
            {QStringLiteral("m1.medium"), 2, 4096, 40, {}}};
}

void seedFlavors(DemoEnv& env, const QList<FlavorSeed>& flavors)
{
    // Stable ids: a saved lab or a student's notes keep naming the same flavor.
    static const QUuid space = QUuid::fromString(QStringLiteral("{6b1f7a52-3c1e-4d0a-9a5e-2f4c8d9e7b10}"));
    for (const QString& region : std::as_const(env.regions)) {
        for (const FlavorSeed& seed : flavors) {
            const QString id =
                seed.id.isEmpty() ? QUuid::createUuidV5(space, seed.name).toString(QUuid::WithoutBraces) : seed.id;
            env.state.put(coll(region, QStringLiteral("flavors")),
                          QJsonObject{{QStringLiteral("id"), id},
                                      {QStringLiteral("name"), seed.name},
                                      {QStringLiteral("ram"), seed.ramMiB},
                                      {QStringLiteral("disk"), seed.diskGiB},
                                      {QStringLiteral("swap"), 0},
                                      {QStringLiteral("OS-FLV-EXT-DATA:ephemeral"), 0},
                                      {QStringLiteral("OS-FLV-DISABLED:disabled"), false},
                                      {QStringLiteral("vcpus"), seed.vcpus},
                                      {QStringLiteral("os-flavor-access:is_public"), true},
                                      {QStringLiteral("rxtx_factor"), 1.0},
                                      {QStringLiteral("description"), QJsonValue::Null},
                                      {QStringLiteral("extra_specs"), QJsonObject()}});
        }
    }
}

void addFlavorRoutes(DemoRouter& router, DemoEnv& env)
{
    const QString compute = QStringLiteral("compute");
    router.add(compute, "GET", QStringLiteral("v2.1/flavors"),
               [&env](DemoRequest& r) { return listFlavors(env, r, false); });
    router.add(compute, "GET", QStringLiteral("v2.1/flavors/detail"),
               [&env](DemoRequest& r) { return listFlavors(env, r, true); });
    router.add(compute, "GET", QStringLiteral("v2.1/flavors/{flavor_id}"),
               [&env](DemoRequest& r) { return showFlavor(env, r); });
    router.add(compute, "GET", QStringLiteral("v2.1/flavors/{flavor_id}/os-extra_specs"),
               [&env](DemoRequest& r) { return extraSpecs(env, r); });
}

} // namespace zenith::demo::nova
