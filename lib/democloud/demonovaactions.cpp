#include "demonovaactions.h"

#include "demonovaactionlog.h"
#include "demonovacommon.h"
#include "demonovaroutes.h"

namespace zenith::demo::nova {

namespace {

using Stage = DemoComputeHost::Stage;
using Work = DemoComputeHost::Work;

constexpr int kRunning = 1;
constexpr int kShutdown = 4;

const QStringList kRebootTasks{QStringLiteral("rebooting"),           QStringLiteral("reboot_pending"),
                               QStringLiteral("reboot_started"),      QStringLiteral("rebooting_hard"),
                               QStringLiteral("reboot_pending_hard"), QStringLiteral("reboot_started_hard")};

QString idOf(const QJsonObject& server)
{
    return server.value(u"id").toString();
}

// check_instance_lock, then check_instance_host (a server the scheduler refused has no host),
// then check_instance_state: the power actions' checks.
std::optional<DemoReply> refusePower(const DemoRequest& request, const QJsonObject& server, const QString& action,
                                     const QStringList& vmStates)
{
    if (server.value(u"locked").toBool() && !request.caller.admin)
        return isLocked(idOf(server));
    if (server.value(u"_host").toString().isEmpty())
        return errors::nova(409, QStringLiteral("Instance %1 is not ready").arg(idOf(server)));
    return refuseAction(request, server, action, vmStates);
}

DemoReply start(DemoComputeHost& host, DemoRequest& request)
{
    auto target = actionTarget(host.env(), request, true);
    if (auto* refused = std::get_if<DemoReply>(&target))
        return *refused;
    const QJsonObject server = std::get<QJsonObject>(target);
    if (const auto refused = refusePower(request, server, QStringLiteral("start"), {QStringLiteral("stopped")}))
        return *refused;
    host.begin(request, idOf(server),
               Work{QStringLiteral("start"),
                    {QStringLiteral("compute_start_instance")},
                    QStringLiteral("start"),
                    QStringLiteral("powering-on"),
                    {},
                    1.0});
    return DemoReply::empty(202);
}

DemoReply stop(DemoComputeHost& host, DemoRequest& request)
{
    auto target = actionTarget(host.env(), request, true);
    if (auto* refused = std::get_if<DemoReply>(&target))
        return *refused;
    const QJsonObject server = std::get<QJsonObject>(target);
    if (const auto refused =
            refusePower(request, server, QStringLiteral("stop"), {QStringLiteral("active"), QStringLiteral("error")}))
        return *refused;
    host.begin(request, idOf(server),
               Work{QStringLiteral("stop"),
                    {QStringLiteral("compute_stop_instance")},
                    QStringLiteral("stop"),
                    QStringLiteral("powering-off"),
                    {},
                    1.0});
    return DemoReply::empty(202);
}

std::optional<DemoReply> refuseReboot(const DemoRequest& request, const QJsonObject& server, bool hard)
{
    if (!hard)
        return refuseAction(request, server, QStringLiteral("reboot"), {QStringLiteral("active")});
    if (const auto refused =
            refuseAction(request, server, QStringLiteral("reboot"),
                         {QStringLiteral("active"), QStringLiteral("stopped"), QStringLiteral("paused"),
                          QStringLiteral("suspended"), QStringLiteral("error")},
                         true, false))
        return refused;
    const QString task = server.value(u"OS-EXT-STS:task_state").toString();
    if (!task.isEmpty() && !kRebootTasks.contains(task))
        return invalidState(QStringLiteral("reboot"), idOf(server), QStringLiteral("task_state"), task);
    return std::nullopt;
}

DemoReply reboot(DemoComputeHost& host, DemoRequest& request, const QJsonValue& args)
{
    const QJsonValue type = args.toObject().value(u"type");
    static const QStringList types{QStringLiteral("HARD"), QStringLiteral("Hard"), QStringLiteral("hard"),
                                   QStringLiteral("SOFT"), QStringLiteral("Soft"), QStringLiteral("soft")};
    if (type.isUndefined())
        return missingProperty(request, {QStringLiteral("reboot")}, QStringLiteral("type"));
    if (!types.contains(type.toString()))
        return invalidInput(QStringLiteral("type"), type,
                            pythonRepr(type) + QStringLiteral(" is not one of ['HARD', 'Hard', 'hard', 'SOFT', 'Soft', "
                                                              "'soft']"));
    auto target = actionTarget(host.env(), request);
    if (auto* refused = std::get_if<DemoReply>(&target))
        return *refused;
    const QJsonObject server = std::get<QJsonObject>(target);
    const bool hard = type.toString().toUpper() == u"HARD";
    if (const auto refused = refuseReboot(request, server, hard))
        return *refused;
    const QString suffix = hard ? QStringLiteral("_hard") : QString();
    host.begin(request, idOf(server),
               Work{QStringLiteral("reboot"),
                    {QStringLiteral("compute_reboot_instance")},
                    QStringLiteral("reboot"),
                    QStringLiteral("rebooting") + suffix,
                    {Stage{0.3, QStringLiteral("reboot_pending") + suffix, {}},
                     Stage{0.6, QStringLiteral("reboot_started") + suffix, {}}},
                    1.0});
    return DemoReply::empty(202);
}

// Locking needs no host: the API records it and changes the server at once.
DemoReply lock(DemoEnv& env, DemoRequest& request, const QJsonValue& args, bool locking)
{
    const QJsonValue reason = args.toObject().value(u"locked_reason");
    if (locking && atLeast(request, 73) && !reason.isUndefined() && !reason.isString())
        return invalidInput(QStringLiteral("locked_reason"), reason,
                            pythonRepr(reason) + QStringLiteral(" is not of type 'string'"));
    auto target = actionTarget(env, request);
    if (auto* refused = std::get_if<DemoReply>(&target))
        return *refused;
    const QString id = idOf(std::get<QJsonObject>(target));
    recordAction(env, request, id, requestIdOf(request), locking ? QStringLiteral("lock") : QStringLiteral("unlock"));
    updateServer(env, request.region, id, [&](QJsonObject& s) {
        s.insert(QStringLiteral("locked"), locking);
        s.insert(QStringLiteral("locked_reason"),
                 locking && reason.isString() && atLeast(request, 73) ? reason : QJsonValue(QJsonValue::Null));
    });
    return DemoReply::empty(202);
}

DemoReply rescue(DemoComputeHost& host, DemoRequest& request, const QJsonValue& args)
{
    auto target = actionTarget(host.env(), request);
    if (auto* refused = std::get_if<DemoReply>(&target))
        return *refused;
    const QJsonObject server = std::get<QJsonObject>(target);
    if (const auto refused =
            refuseAction(request, server, QStringLiteral("rescue"),
                         {QStringLiteral("active"), QStringLiteral("stopped"), QStringLiteral("error")}))
        return *refused;
    if (server.value(u"_image_id").toString().isEmpty() && !atLeast(request, 87))
        return errors::nova(400, QStringLiteral("Cannot rescue a volume-backed instance"));
    const QJsonValue asked = args.toObject().value(u"adminPass");
    const QString password = asked.isString() ? asked.toString() : newPassword();
    host.begin(request, idOf(server),
               Work{QStringLiteral("rescue"),
                    {QStringLiteral("compute_rescue_instance")},
                    QStringLiteral("rescue"),
                    QStringLiteral("rescuing"),
                    {},
                    1.0});
    return DemoReply::json(200, QJsonObject{{QStringLiteral("adminPass"), password}});
}

DemoReply unrescue(DemoComputeHost& host, DemoRequest& request)
{
    auto target = actionTarget(host.env(), request);
    if (auto* refused = std::get_if<DemoReply>(&target))
        return *refused;
    const QJsonObject server = std::get<QJsonObject>(target);
    if (const auto refused = refuseAction(request, server, QStringLiteral("unrescue"), {QStringLiteral("rescued")}))
        return *refused;
    host.begin(request, idOf(server),
               Work{QStringLiteral("unrescue"),
                    {QStringLiteral("compute_unrescue_instance")},
                    QStringLiteral("unrescue"),
                    QStringLiteral("unrescuing"),
                    {},
                    1.0});
    return DemoReply::empty(202);
}

DemoReply dispatch(const ActionTable& table, DemoRequest& request)
{
    if (!request.bodyIsJsonObject || request.body.size() != 1)
        return malformedBody();
    const QString name = request.body.constBegin().key();
    const auto handler = table.constFind(name);
    if (handler == table.constEnd())
        return errors::nova(400, QStringLiteral("There is no such action: %1").arg(name));
    return (*handler)(request, request.body.constBegin().value());
}

} // namespace

std::variant<QJsonObject, DemoReply> actionTarget(DemoEnv& env, const DemoRequest& request, bool viaCellMapping)
{
    const QString id = request.param(QStringLiteral("server_id"));
    const QJsonObject* server = findServer(env, request, id);
    if (!server)
        return viaCellMapping ? noCellMapping(id) : serverNotFound(id);
    return *server;
}

void settleAs(DemoEnv& env, const QString& region, const QString& serverId, const QString& vmState, int powerState)
{
    updateServer(env, region, serverId, [&](QJsonObject& s) {
        s.insert(QStringLiteral("OS-EXT-STS:vm_state"), vmState);
        s.insert(QStringLiteral("OS-EXT-STS:power_state"), powerState);
        s.insert(QStringLiteral("OS-EXT-STS:task_state"), QJsonValue::Null);
    });
}

void addPowerActions(ActionTable& table, DemoComputeHost& host)
{
    DemoEnv& env = host.env();
    const auto ending = [&env](const QString& vmState, int power) {
        return [&env, vmState, power](const QString& region, const QString& id) {
            settleAs(env, region, id, vmState, power);
            return true;
        };
    };
    host.addFinisher(QStringLiteral("start"), ending(QStringLiteral("active"), kRunning));
    host.addFinisher(QStringLiteral("stop"), ending(QStringLiteral("stopped"), kShutdown));
    host.addFinisher(QStringLiteral("reboot"), ending(QStringLiteral("active"), kRunning));
    host.addFinisher(QStringLiteral("rescue"), ending(QStringLiteral("rescued"), kRunning));
    host.addFinisher(QStringLiteral("unrescue"), ending(QStringLiteral("active"), kRunning));
    table.insert(QStringLiteral("os-start"), [&host](DemoRequest& r, const QJsonValue&) { return start(host, r); });
    table.insert(QStringLiteral("os-stop"), [&host](DemoRequest& r, const QJsonValue&) { return stop(host, r); });
    table.insert(QStringLiteral("reboot"), [&host](DemoRequest& r, const QJsonValue& a) { return reboot(host, r, a); });
    table.insert(QStringLiteral("lock"), [&env](DemoRequest& r, const QJsonValue& a) { return lock(env, r, a, true); });
    table.insert(QStringLiteral("unlock"),
                 [&env](DemoRequest& r, const QJsonValue& a) { return lock(env, r, a, false); });
    table.insert(QStringLiteral("rescue"), [&host](DemoRequest& r, const QJsonValue& a) { return rescue(host, r, a); });
    table.insert(QStringLiteral("unrescue"), [&host](DemoRequest& r, const QJsonValue&) { return unrescue(host, r); });
}

void addActionRoutes(DemoRouter& router, DemoComputeHost& host)
{
    auto table = std::make_shared<ActionTable>();
    addPowerActions(*table, host);
    addMoveActions(*table, host);
    addImageActions(*table, host);
    router.add(QStringLiteral("compute"), "POST", QStringLiteral("v2.1/servers/{server_id}/action"),
               [table](DemoRequest& r) { return dispatch(*table, r); });
}

} // namespace zenith::demo::nova
