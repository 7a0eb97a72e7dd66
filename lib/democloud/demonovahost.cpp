#include "demonovahost.h"

#include "demonovaactionlog.h"
#include "demonovacommon.h"

namespace zenith::demo::nova {

bool updateServer(DemoEnv& env, const QString& region, const QString& serverId,
                  const std::function<void(QJsonObject&)>& change)
{
    QJsonObject* server = env.state.find(coll(region, QStringLiteral("servers")), serverId);
    if (!server)
        return false;
    change(*server);
    server->insert(QStringLiteral("updated"), DemoClock::isoSeconds());
    return true;
}

bool failServer(DemoEnv& env, const QString& region, const QString& serverId, const QString& message)
{
    updateServer(env, region, serverId, [&](QJsonObject& s) {
        s.insert(QStringLiteral("OS-EXT-STS:vm_state"), QStringLiteral("error"));
        s.insert(QStringLiteral("OS-EXT-STS:task_state"), QJsonValue::Null);
        s.insert(QStringLiteral("OS-EXT-STS:power_state"), 0);
        s.insert(QStringLiteral("fault"), QJsonObject{{QStringLiteral("code"), 500},
                                                      {QStringLiteral("created"), DemoClock::isoSeconds()},
                                                      {QStringLiteral("message"), message}});
    });
    return false;
}

void DemoComputeHost::addFinisher(const QString& kind, Finisher finish)
{
    m_finishers.insert(kind, std::move(finish));
}

void DemoComputeHost::start(const QString& region, const QString& serverId, const QString& kind,
                            const QString& requestId, const QList<Stage>& stages, double duration)
{
    int seq = 0;
    const bool found = updateServer(m_env, region, serverId, [&](QJsonObject& server) {
        seq = server.value(u"_task_seq").toInt() + 1;
        server.insert(QStringLiteral("_task_seq"), seq);
        server.insert(QStringLiteral("_task"), QJsonObject{{QStringLiteral("kind"), kind},
                                                           {QStringLiteral("request_id"), requestId},
                                                           {QStringLiteral("seq"), seq}});
    });
    if (!found)
        return;
    for (const Stage& stage : stages) {
        m_env.clock.after(stage.at, &m_env.lifetime,
                          [this, region, serverId, seq, stage] { runStage(region, serverId, seq, stage); });
    }
    m_env.clock.after(duration, &m_env.lifetime, [this, region, serverId, seq] { finish(region, serverId, seq); });
}

QString DemoComputeHost::begin(const DemoRequest& request, const QString& serverId, const Work& work)
{
    const QString requestId = requestIdOf(request);
    recordAction(m_env, request, serverId, requestId, work.action, work.events);
    if (!work.firstTask.isEmpty()) {
        updateServer(m_env, request.region, serverId, [&work](QJsonObject& server) {
            server.insert(QStringLiteral("OS-EXT-STS:task_state"), work.firstTask);
        });
    }
    start(request.region, serverId, work.kind, requestId, work.stages, work.duration);
    return requestId;
}

bool DemoComputeHost::current(const QString& region, const QString& serverId, int seq) const
{
    const QJsonObject* server = m_env.state.find(coll(region, QStringLiteral("servers")), serverId);
    return server && server->value(u"_task").toObject().value(u"seq").toInt() == seq;
}

void DemoComputeHost::runStage(const QString& region, const QString& serverId, int seq, const Stage& stage)
{
    if (!current(region, serverId, seq))
        return;
    if (!stage.taskState.isEmpty()) {
        updateServer(m_env, region, serverId, [&](QJsonObject& server) {
            server.insert(QStringLiteral("OS-EXT-STS:task_state"), stage.taskState);
        });
    }
    if (stage.step && !stage.step(region, serverId) && current(region, serverId, seq))
        cancel(region, serverId, false);
}

void DemoComputeHost::finish(const QString& region, const QString& serverId, int seq)
{
    if (!current(region, serverId, seq))
        return;
    const QJsonObject task =
        m_env.state.find(coll(region, QStringLiteral("servers")), serverId)->value(u"_task").toObject();
    const Finisher finisher = m_finishers.value(task.value(u"kind").toString());
    const std::optional<bool> outcome = finisher ? finisher(region, serverId) : std::optional<bool>(true);
    if (!outcome) {
        m_env.clock.after(0.5, &m_env.lifetime, [this, region, serverId, seq] { finish(region, serverId, seq); });
        return;
    }
    const bool ok = *outcome;
    updateServer(m_env, region, serverId, [](QJsonObject& server) { server.remove(QStringLiteral("_task")); });
    finishAction(m_env, region, serverId, task.value(u"request_id").toString(), ok);
}

void DemoComputeHost::cancel(const QString& region, const QString& serverId, bool ok)
{
    QString requestId;
    const bool found = updateServer(m_env, region, serverId, [&](QJsonObject& server) {
        requestId = server.value(u"_task").toObject().value(u"request_id").toString();
        server.remove(QStringLiteral("_task"));
    });
    if (found && !requestId.isEmpty())
        finishAction(m_env, region, serverId, requestId, ok);
}

void DemoComputeHost::settle()
{
    for (const QString& region : std::as_const(m_env.regions)) {
        for (const QJsonObject& server : m_env.state.items(coll(region, QStringLiteral("servers")))) {
            if (busy(server))
                finish(region, server.value(u"id").toString(), server.value(u"_task").toObject().value(u"seq").toInt());
        }
    }
}

} // namespace zenith::demo::nova
