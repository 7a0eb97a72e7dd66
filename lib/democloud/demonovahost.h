#pragma once

#include "democinderlifecycle.h"
#include "demoservice.h"

#include <functional>
#include <optional>

namespace zenith::demo::nova {

//! The simulated compute host: runs a server's long operations (build, stop, resize...) on the
//! cloud's clock, showing Nova's task states one after the other, then finishing the work and
//! the action's events. A task is written into the server ("_task") so that a saved cloud can
//! finish what was moving when it is loaded again.
class DemoComputeHost
{
public:
    //! A stage of a task: runs with the server's id; false when the task failed (the stage put
    //! the server in ERROR itself) and must end here.
    using Step = std::function<bool(const QString& region, const QString& serverId)>;
    //! The last stage: sets the server's final states; false when the work failed, nullopt when
    //! it waits for another service (it runs again half a cloud second later).
    using Finisher = std::function<std::optional<bool>(const QString& region, const QString& serverId)>;

    //! After `at` cloud seconds the server shows `taskState`, then `step` (if any) runs.
    struct Stage
    {
        double at = 0;
        QString taskState;
        Step step;
    };

    //! An action the API hands to the host: recorded under `action` with `events`, shown at once
    //! with task state `firstTask` (none when empty), then run as a task of `kind`.
    struct Work
    {
        QString action;
        QStringList events;
        QString kind;
        QString firstTask;
        QList<Stage> stages;
        double duration = 1.0;
    };

    explicit DemoComputeHost(DemoEnv& env)
        : m_env(env)
        , m_cinder(env)
    {}

    DemoEnv& env() { return m_env; }
    //! Cinder's volume service, for the volumes Nova asks for (they leave "creating" on its clock).
    DemoCinderLifecycle& cinder() { return m_cinder; }

    //! How a task of this kind ends; also what settle() runs for a task found in a loaded state.
    void addFinisher(const QString& kind, Finisher finish);

    //! Starts a task: the server must already show its first task state; stages follow, and the
    //! finisher runs after `duration` cloud seconds unless another task replaced this one.
    void start(const QString& region, const QString& serverId, const QString& kind, const QString& requestId,
               const QList<Stage>& stages, double duration);

    //! Records the work's action, shows its first task state and starts its task; returns the request id.
    QString begin(const DemoRequest& request, const QString& serverId, const Work& work);

    //! Ends a task early (its stage failed or the server is going away): no later stage runs.
    void cancel(const QString& region, const QString& serverId, bool ok);

    //! True while a task runs on the server.
    static bool busy(const QJsonObject& server) { return server.contains(u"_task"); }

    //! Finishes at once every task of a loaded state.
    void settle();

private:
    bool current(const QString& region, const QString& serverId, int seq) const;
    void runStage(const QString& region, const QString& serverId, int seq, const Stage& stage);
    void finish(const QString& region, const QString& serverId, int seq);

    DemoEnv& m_env;
    DemoCinderLifecycle m_cinder;
    QHash<QString, Finisher> m_finishers;
};

//! Puts the server in ERROR with Nova's fault (code 500, `message`), as a failed build leaves it;
//! returns false, for a stage to return.
bool failServer(DemoEnv& env, const QString& region, const QString& serverId, const QString& message);

//! Applies `change` to the stored server (and stamps "updated"); false when it is gone.
bool updateServer(DemoEnv& env, const QString& region, const QString& serverId,
                  const std::function<void(QJsonObject&)>& change);

} // namespace zenith::demo::nova
