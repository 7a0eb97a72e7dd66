// `zenith lab deploy --heat`: the same engine as the wizard's
// "Deploy with Heat" (LabHeatDeployment), the stack's events as progress lines on stderr.

#include "labclirun.h"

#include "cli/stackcommand.h"
#include "common/errortext.h"
#include "lab/labheatdeployment.h"

#include <QJsonArray>

namespace zenith {

LabHeatDeployment* LabCliRun::newHeat()
{
    auto* heat = new LabHeatDeployment(m_session, m_topology, this);
    m_heat = heat;
    connect(heat, &LabHeatDeployment::eventsArrived, this, [this](const QList<StackEvent>& events) {
        for (const StackEvent& e : events) {
            //: A Heat event as a progress line: resource, Heat's status, Heat's reason
            m_err << tr("  %1  %2  %3").arg(e.resourceName, -24).arg(e.resourceStatus, -20).arg(e.resourceStatusReason)
                  << Qt::endl;
        }
    });
    connect(heat, &LabHeatDeployment::recordsEnsured, this, [this](const QList<DnsRecord>& records) {
        for (const DnsRecord& r : records) {
            //: A DNS record pointed at the lab's gateway: %1 its name, %2 the address
            m_err << tr("  %1 → %2").arg(r.name, r.values.join(QStringLiteral(", "))) << Qt::endl;
        }
    });
    connect(heat, &LabHeatDeployment::readinessChanged, this, [this](int ready, int total) {
        m_err << tr("  %1 of %2 servers ready").arg(ready).arg(total) << Qt::endl;
    });
    return heat;
}

void LabCliRun::deployWithHeat(const LabSecrets& secrets)
{
    LabHeatDeployment* heat = newHeat();
    heat->setWaitForReadiness(m_options.waitReady);
    if (m_dns)
        heat->setDnsProvider(m_dns);
    heat->setJournalPath(journalPath());
    const QString stack = LabHeatDeployment::stackName(m_topology.plan);
    m_err << tr("Submitting lab “%1” to Heat as the stack %2:").arg(m_topology.plan.name, stack) << Qt::endl;
    m_err << QStringLiteral("  ")
          << StackCommand::create(QStringLiteral("lab.yaml"), stack, LabHeatDeployment::secretParameters(),
                                  {m_topology.plan.tag()}, 60)
          << Qt::endl;
    connect(heat, &LabHeatDeployment::finished, this,
            [this, heat](bool succeeded, const std::optional<ApiError>& error) {
                m_json.insert(QStringLiteral("stack"), LabHeatDeployment::stackName(m_topology.plan));
                if (!succeeded && error) {
                    const std::optional<StackEvent> failure = heat->failure();
                    const QString why =
                        failure ? failure->resourceName + QStringLiteral(": ") + failure->resourceStatusReason
                                : ErrorText::message(*error);
                    m_json.insert(QStringLiteral("error"), why);
                    if (!m_options.json)
                        m_out << tr("Heat could not create the lab: %1").arg(why) << Qt::endl;
                }
                m_publicIp = heat->deployment().publicIp;
                printDeployed(succeeded, heat->apiCalls());
                heat->deleteLater();
                done(succeeded ? Ok : Failed);
            });
    heat->create(secrets);
}

} // namespace zenith
