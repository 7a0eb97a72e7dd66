#include "labdeployer.h"

#include "labplanner.h"

#include "core/session.h"

namespace zenith {

class LabDeployerPrivate
{
public:
    Session* session = nullptr;
    LabTopology topology;
    QList<LabStep> steps;
    QHash<QString, LabStepState> states;
    LabDeployment deployment;
    QString journalPath;
    bool waitForReadiness = true;
    int apiCalls = 0;
};

LabDeployer::LabDeployer(Session* session, LabTopology topology, const LabSecrets& secrets, QString journalPath,
                         QObject* parent)
    : QObject(parent)
    , d(std::make_unique<LabDeployerPrivate>())
{
    Q_UNUSED(secrets)
    d->session = session;
    d->topology = std::move(topology);
    d->steps = LabPlanner::deploySteps(d->topology);
    d->journalPath = std::move(journalPath);
}

LabDeployer::~LabDeployer() = default;

QList<LabStep> LabDeployer::steps() const
{
    return d->steps;
}

LabStepState LabDeployer::state(const QString& stepId) const
{
    return d->states.value(stepId, LabStepState::Pending);
}

void LabDeployer::start()
{
    Q_EMIT finished(false);
}

void LabDeployer::cancel() {}

void LabDeployer::setWaitForReadiness(bool wait)
{
    d->waitForReadiness = wait;
}

int LabDeployer::apiCalls() const
{
    return d->apiCalls;
}

LabDeployment LabDeployer::deployment() const
{
    return d->deployment;
}

} // namespace zenith
