// LabRunPage's Heat mode: the run is a Heat stack, shown by LabHeatView instead of the steps.

#include "labheatview.h"
#include "labrunpage.h"

#include "lab/labsecrets.h"

namespace zenith {

void LabRunPage::setHeatMode(bool heat)
{
    m_heat = heat;
    m_stepsView->setVisible(!heat);
    m_heatView->setVisible(heat);
}

void LabRunPage::startHeatDeploy(Session* session, const LabTopology& topology, const LabSecrets& secrets,
                                 const QString& journalPath, bool waitForReadiness)
{
    if (m_running)
        return;
    beginRun(session, topology);
    setHeatMode(true);
    m_deployment = {};
    m_heatView->setDnsProvider(m_dnsProvider);
    m_heatView->startCreate(session, topology, secrets, journalPath, waitForReadiness);
}

void LabRunPage::heatFinished(bool succeeded)
{
    m_running = false;
    m_succeeded = succeeded;
    m_apiCalls = m_heatView->apiCalls();
    if (m_mode == Mode::Deploy)
        m_deployment = m_heatView->deployment();
    Q_EMIT finished(succeeded);
}

} // namespace zenith
