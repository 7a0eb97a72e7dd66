#include "demonovaactions.h"
#include "demonovacommon.h"

namespace zenith::demo::nova {

namespace {

using Stage = DemoComputeHost::Stage;
using Work = DemoComputeHost::Work;

QString idOf(const QJsonObject& server)
{
    return server.value(u"id").toString();
}

int powerOf(const QString& vmState)
{
    return vmState == u"stopped" ? 4 : 1;
}

// compute.api.resize: lock and state first, then the flavor, then what it changes.
std::optional<DemoReply> refuseResize(DemoEnv& env, const DemoRequest& request, const QJsonObject& server,
                                      const QString& flavorId)
{
    if (const auto refused = refuseAction(request, server, QStringLiteral("resize"),
                                          {QStringLiteral("active"), QStringLiteral("stopped")}))
        return refused;
    const QJsonObject* flavor = findFlavor(env, request.region, flavorId);
    if (!flavor)
        return errors::nova(400, QStringLiteral("Flavor %1 could not be found.").arg(flavorId));
    if (flavorId == server.value(u"_flavor_id").toString())
        return errors::nova(400, QStringLiteral("When resizing, instances must change flavor!"));
    const bool fromVolume = server.value(u"_image_id").toString().isEmpty();
    if (!fromVolume && flavor->value(u"disk").toInt() < server.value(u"flavor").toObject().value(u"disk").toInt())
        return errors::nova(400, QStringLiteral("Resize error: Unable to resize disk down."));
    return std::nullopt;
}

DemoReply resize(DemoComputeHost& host, DemoRequest& request, const QJsonValue& args)
{
    if (!args.toObject().contains(u"flavorRef"))
        return missingProperty(request, {QStringLiteral("resize")}, QStringLiteral("flavorRef"));
    const QString flavorId = args.toObject().value(u"flavorRef").toVariant().toString().section(u'/', -1);
    auto target = actionTarget(host.env(), request);
    if (auto* refused = std::get_if<DemoReply>(&target))
        return *refused;
    const QJsonObject server = std::get<QJsonObject>(target);
    if (const auto refused = refuseResize(host.env(), request, server, flavorId))
        return *refused;
    updateServer(host.env(), request.region, idOf(server), [&](QJsonObject& s) {
        s.insert(QStringLiteral("_new_flavor_id"), flavorId);
        s.insert(QStringLiteral("_old_vm_state"), s.value(u"OS-EXT-STS:vm_state"));
    });
    host.begin(
        request, idOf(server),
        Work{QStringLiteral("resize"),
             {QStringLiteral("conductor_migrate_server"), QStringLiteral("compute_prep_resize"),
              QStringLiteral("compute_resize_instance"), QStringLiteral("compute_finish_resize")},
             QStringLiteral("resize"),
             QStringLiteral("resize_prep"),
             {Stage{0.3, QStringLiteral("resize_migrating"), {}}, Stage{0.5, QStringLiteral("resize_migrated"), {}},
              Stage{0.7, QStringLiteral("resize_finish"), {}}},
             1.0});
    return DemoReply::empty(202);
}

bool finishResize(DemoEnv& env, const QString& region, const QString& id)
{
    updateServer(env, region, id, [&](QJsonObject& s) {
        const QJsonObject* flavor = findFlavor(env, region, s.value(u"_new_flavor_id").toString());
        if (flavor) {
            s.insert(QStringLiteral("_old_flavor"), s.value(u"flavor"));
            s.insert(QStringLiteral("_old_flavor_id"), s.value(u"_flavor_id"));
            s.insert(QStringLiteral("flavor"), embeddedFlavor(*flavor));
            s.insert(QStringLiteral("_flavor_id"), flavor->value(u"id"));
        }
        s.remove(QStringLiteral("_new_flavor_id"));
        s.insert(QStringLiteral("OS-EXT-STS:vm_state"), QStringLiteral("resized"));
        s.insert(QStringLiteral("OS-EXT-STS:task_state"), QJsonValue::Null);
        s.insert(QStringLiteral("OS-SRV-USG:launched_at"), dbTime());
    });
    return true;
}

// Confirming shows nothing until the host is done: VERIFY_RESIZE with no task for a moment.
DemoReply confirmOrRevert(DemoComputeHost& host, DemoRequest& request, bool confirm)
{
    auto target = actionTarget(host.env(), request);
    if (auto* refused = std::get_if<DemoReply>(&target))
        return *refused;
    const QJsonObject server = std::get<QJsonObject>(target);
    const QString action = confirm ? QStringLiteral("confirmResize") : QStringLiteral("revertResize");
    if (const auto refused = refuseAction(request, server, action, {QStringLiteral("resized")}))
        return *refused;
    const QStringList events =
        confirm ? QStringList{QStringLiteral("compute_confirm_resize")}
                : QStringList{QStringLiteral("compute_revert_resize"), QStringLiteral("compute_finish_revert_resize")};
    host.begin(request, idOf(server),
               Work{action, events, action, confirm ? QString() : QStringLiteral("resize_reverting"), {}, 1.0});
    return DemoReply::empty(202);
}

bool finishConfirmOrRevert(DemoEnv& env, const QString& region, const QString& id, bool confirm)
{
    updateServer(env, region, id, [&](QJsonObject& s) {
        const QString vmState = s.value(u"_old_vm_state").toString(QStringLiteral("active"));
        if (!confirm && s.contains(u"_old_flavor")) {
            s.insert(QStringLiteral("flavor"), s.value(u"_old_flavor"));
            s.insert(QStringLiteral("_flavor_id"), s.value(u"_old_flavor_id"));
        }
        for (const char16_t* key : {u"_old_flavor", u"_old_flavor_id", u"_old_vm_state"})
            s.remove(QString::fromUtf16(key));
        s.insert(QStringLiteral("OS-EXT-STS:vm_state"), vmState);
        s.insert(QStringLiteral("OS-EXT-STS:power_state"), powerOf(vmState));
        s.insert(QStringLiteral("OS-EXT-STS:task_state"), QJsonValue::Null);
    });
    return true;
}

// Shelving offloads at once (shelved_offload_time = 0, as the dev cloud and many clouds have
// it): the host is freed, the zone is no longer shown, the ports stay.
DemoReply shelve(DemoComputeHost& host, DemoRequest& request)
{
    auto target = actionTarget(host.env(), request);
    if (auto* refused = std::get_if<DemoReply>(&target))
        return *refused;
    const QJsonObject server = std::get<QJsonObject>(target);
    if (const auto refused = refuseAction(request, server, QStringLiteral("shelve"),
                                          {QStringLiteral("active"), QStringLiteral("stopped"),
                                           QStringLiteral("paused"), QStringLiteral("suspended")}))
        return *refused;
    host.begin(request, idOf(server),
               Work{QStringLiteral("shelve"),
                    {QStringLiteral("compute_shelve_instance")},
                    QStringLiteral("shelve"),
                    QStringLiteral("shelving"),
                    {Stage{0.25, QStringLiteral("shelving_image_pending_upload"), {}},
                     Stage{0.5, QStringLiteral("shelving_image_uploading"), {}},
                     Stage{0.75, QStringLiteral("shelving_offloading"), {}}},
                    1.0});
    return DemoReply::empty(202);
}

DemoReply unshelve(DemoComputeHost& host, DemoRequest& request, const QJsonValue& args)
{
    const QJsonValue zone = args.toObject().value(u"availability_zone");
    if (atLeast(request, 77) && zone.isString() && zone.toString() != zoneName())
        return errors::nova(400, QStringLiteral("The requested availability zone is not available"));
    auto target = actionTarget(host.env(), request);
    if (auto* refused = std::get_if<DemoReply>(&target))
        return *refused;
    const QJsonObject server = std::get<QJsonObject>(target);
    if (const auto refused = refuseAction(request, server, QStringLiteral("unshelve"),
                                          {QStringLiteral("shelved"), QStringLiteral("shelved_offloaded")}))
        return *refused;
    host.begin(request, idOf(server),
               Work{QStringLiteral("unshelve"),
                    {QStringLiteral("compute_unshelve_instance")},
                    QStringLiteral("unshelve"),
                    QStringLiteral("unshelving"),
                    {Stage{0.5, QStringLiteral("spawning"), {}}},
                    1.0});
    return DemoReply::empty(202);
}

bool finishShelve(DemoEnv& env, const QString& region, const QString& id, bool shelving)
{
    updateServer(env, region, id, [&](QJsonObject& s) {
        s.insert(QStringLiteral("OS-EXT-STS:vm_state"),
                 shelving ? QStringLiteral("shelved_offloaded") : QStringLiteral("active"));
        s.insert(QStringLiteral("OS-EXT-STS:power_state"), shelving ? 4 : 1);
        s.insert(QStringLiteral("OS-EXT-STS:task_state"), QJsonValue::Null);
        s.insert(QStringLiteral("_host"), shelving ? QString() : hostName(region));
        s.insert(QStringLiteral("OS-EXT-AZ:availability_zone"), shelving ? QString() : zoneName());
        s.insert(QStringLiteral("OS-SRV-USG:launched_at"), dbTime());
    });
    return true;
}

} // namespace

void addMoveActions(ActionTable& table, DemoComputeHost& host)
{
    DemoEnv& env = host.env();
    host.addFinisher(QStringLiteral("resize"),
                     [&env](const QString& region, const QString& id) { return finishResize(env, region, id); });
    host.addFinisher(QStringLiteral("confirmResize"), [&env](const QString& region, const QString& id) {
        return finishConfirmOrRevert(env, region, id, true);
    });
    host.addFinisher(QStringLiteral("revertResize"), [&env](const QString& region, const QString& id) {
        return finishConfirmOrRevert(env, region, id, false);
    });
    host.addFinisher(QStringLiteral("shelve"),
                     [&env](const QString& region, const QString& id) { return finishShelve(env, region, id, true); });
    host.addFinisher(QStringLiteral("unshelve"),
                     [&env](const QString& region, const QString& id) { return finishShelve(env, region, id, false); });
    table.insert(QStringLiteral("resize"), [&host](DemoRequest& r, const QJsonValue& a) { return resize(host, r, a); });
    table.insert(QStringLiteral("confirmResize"),
                 [&host](DemoRequest& r, const QJsonValue&) { return confirmOrRevert(host, r, true); });
    table.insert(QStringLiteral("revertResize"),
                 [&host](DemoRequest& r, const QJsonValue&) { return confirmOrRevert(host, r, false); });
    table.insert(QStringLiteral("shelve"), [&host](DemoRequest& r, const QJsonValue&) { return shelve(host, r); });
    table.insert(QStringLiteral("unshelve"),
                 [&host](DemoRequest& r, const QJsonValue& a) { return unshelve(host, r, a); });
}

} // namespace zenith::demo::nova
