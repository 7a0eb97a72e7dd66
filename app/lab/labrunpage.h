#pragma once

#include "dns/dnsprovider.h"
#include "labwizardpage.h"

#include "core/apierror.h"
#include "lab/labdeployment.h"
#include "lab/labstep.h"
#include "lab/labtopology.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QPointer>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace zenith {

class LabDeployer;
class LabHeatView;
class LabTeardown;
class MessageBanner;
struct LabSecrets;

//! The wizard's Deploy page, and its Tear down page: a row per step with its state and time,
//! an overall progress bar, a log of what was created (or deleted) with ids, and Cancel (asked
//! first). Errors are worded with the failing step. The lab engine's objects do the work; the
//! page shows their signals. A teardown starts with a dry run listing exactly what will go.
class LabRunPage final : public LabWizardPage
{
    Q_OBJECT

public:
    enum class Mode { Deploy, Teardown };

    explicit LabRunPage(Mode mode, QWidget* parent = nullptr);
    ~LabRunPage() override;

    QString title() const override;
    Mode mode() const { return m_mode; }

    //! Deploys (or resumes: the deployer reconciles by tag either way) `topology`.
    void startDeploy(Session* session, const LabTopology& topology, const LabSecrets& secrets,
                     const QString& journalPath, bool waitForReadiness);
    //! Deploys with Heat (labrunpageheat.cpp): the lab's stack and its events, in LabHeatView.
    void startHeatDeploy(Session* session, const LabTopology& topology, const LabSecrets& secrets,
                         const QString& journalPath, bool waitForReadiness);
    //! The last run went through Heat.
    bool isHeat() const { return m_heat; }
    LabHeatView* heatView() const { return m_heatView; }
    //! Lists what the teardown would delete (a dry run) and waits for confirmTeardown().
    void startTeardown(Session* session, const LabTopology& topology);
    //! Where the lab's records are when it is not the session's Designate (OVHcloud), and the
    //! records the deployment created (record step id → id, from its journal) for the teardown.
    void setDnsProvider(DnsProvider* provider, const QMap<QString, QString>& recordIds = {});
    //! Deletes what the dry run listed (the "Delete" button).
    void confirmTeardown();
    //! Asks, then cancels the run (the Cancel button).
    void askCancel();
    //! Cancels the run without asking.
    void cancel();
    //! Adds a line to the log.
    void note(const QString& line) { log(line); }

    bool hasStarted() const { return m_started; }
    bool isRunning() const { return m_running; }
    //! The last run finished and succeeded (a teardown: the deletion, not the dry run).
    bool hasSucceeded() const { return m_succeeded; }
    //! True while a teardown's dry run is shown and waits for confirmation.
    bool awaitsConfirmation() const { return m_awaitingConfirmation; }
    //! What the deployment created or found (Deploy mode).
    LabDeployment deployment() const { return m_deployment; }
    //! The steps shown, in order.
    QList<LabStep> steps() const { return m_steps; }
    LabStepState state(const QString& stepId) const;
    QString logText() const;
    QString errorText() const;
    //! API calls the last run sent.
    int apiCalls() const { return m_apiCalls; }

Q_SIGNALS:
    //! The run ended (for a teardown, also after the dry run with `succeeded` false and
    //! awaitsConfirmation() true).
    void finished(bool succeeded);
    //! Deploy mode, after a failed or cancelled run: the user asked to delete what it created.
    void teardownRequested();

private:
    void beginRun(Session* session, const LabTopology& topology);
    void buildUi();
    void retranslateUi() override;
    void showSteps(const QList<LabStep>& steps);
    void setStepState(const QString& stepId, LabStepState state);
    void stepFailed(const QString& stepId, const ApiError& error);
    void runFinished(bool succeeded);
    void planned(const QList<LabStep>& steps);
    void updateProgress();
    void tick();
    void log(const QString& line);
    QString stepLabel(const QString& stepId) const;
    void setHeatMode(bool heat);
    void heatFinished(bool succeeded);

    Mode m_mode;
    QPointer<Session> m_session;
    LabTopology m_topology;
    QPointer<LabDeployer> m_deployer;
    QPointer<LabTeardown> m_teardown;
    QPointer<DnsProvider> m_dnsProvider;
    QMap<QString, QString> m_recordIds;
    QList<LabStep> m_steps;
    QHash<QString, QTreeWidgetItem*> m_items;
    QHash<QString, LabStepState> m_states;
    QHash<QString, QElapsedTimer> m_startedAt;
    LabDeployment m_deployment;
    QElapsedTimer m_clock;
    QStringList m_errors;
    QLabel* m_summary = nullptr;
    QProgressBar* m_progress = nullptr;
    MessageBanner* m_banner = nullptr;
    QTreeWidget* m_tree = nullptr;
    QPlainTextEdit* m_log = nullptr;
    QLabel* m_logLabel = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_confirm = nullptr;
    QPushButton* m_teardownButton = nullptr;
    QTimer* m_ticker = nullptr;
    QWidget* m_stepsView = nullptr; //!< progress, steps and log: hidden in Heat mode
    LabHeatView* m_heatView = nullptr;
    bool m_heat = false;
    int m_apiCalls = 0;
    bool m_started = false;
    bool m_running = false;
    bool m_succeeded = false;
    bool m_awaitingConfirmation = false;
    bool m_cancelled = false;
};

} // namespace zenith
