#pragma once

#include "labwizardpage.h"

#include "core/apierror.h"
#include "lab/labcloudstate.h"
#include "lab/labplanissue.h"
#include "lab/labquotaline.h"
#include "lab/labstep.h"

#include <QPointer>
#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace zenith {

class LabCloudReader;
class LabQuotaCheck;
class MessageBanner;
class TopologyView;

//! The wizard's "Plan" page, like `terraform plan`: before anything is created, every step in
//! dependency order with its `openstack` command (copyable, or all as a shell script), the
//! quota check (needed, used, limit), conflicts with what the project holds (names taken, CIDR
//! overlaps, public network missing), and a diagram of the lab to be built. Saves the plan as
//! lab.yaml. Deploying is the wizard's Deploy button (deployRequested).
class LabPlanPage final : public LabWizardPage
{
    Q_OBJECT

public:
    explicit LabPlanPage(QWidget* parent = nullptr);
    ~LabPlanPage() override;

    QString title() const override;
    //! Shows `plan`: steps and diagram at once, then conflicts and quota as the cloud answers
    //! (asked again only when the plan or the session changed).
    void showPlan(Session* session, const LabPlan& plan);
    //! Asks the cloud again for the conflicts and the quota of the plan shown (it may have changed meanwhile).
    void recheck();
    //! An OVHcloud plan whose keys are not there (or not read yet): a conflict that blocks Deploy.
    void setDnsKeysMissing(bool missing);
    //! Deploy is possible: the conflicts are known and there are none.
    bool canAdvance() const override;

    //! The steps listed.
    QList<LabStep> steps() const { return m_steps; }
    //! Every command, as a shell script (what "Copy all commands" copies).
    QString script() const;
    //! The conflicts found (empty until the cloud answered).
    QList<LabPlanIssue> conflicts() const { return m_conflicts; }
    QList<LabQuotaLine> quota() const { return m_quota; }
    //! True once the conflicts and the quota are known (or failed).
    bool isChecked() const { return m_conflictsKnown && m_quotaKnown; }
    //! Wait for each server's ready marker (the checkbox).
    bool waitForReadiness() const;
    //! A journal of an earlier deployment of this lab exists: Deploy resumes it.
    void setResumable(bool resumable);
    //! The project changed (a deployment or a teardown ran): the next showPlan() reads it again.
    void invalidate() { m_stale = true; }
    //! The project holds this lab (its tagged resources, or its Heat stack): "Tear down…" is shown.
    bool labExists() const { return m_labExists; }
    //! Writes the plan as lab.yaml to `path`; false (with a message shown) when it cannot.
    bool savePlan(const QString& path);
    //! Writes the lab as a Heat (HOT) template to `path`, with fresh database passwords as its
    //! hidden parameters' defaults; false (with a message shown) when it cannot.
    bool exportHeatTemplate(const QString& path);

Q_SIGNALS:
    //! The user asked to deploy (`resume`: a journal exists; the deployer reconciles by tag either way).
    void deployRequested(bool resume);
    //! The user asked to deploy with Heat, and confirmed (the stack "<lab>-stack").
    void heatDeployRequested();
    //! The user asked to tear down the lab the project holds (a dry run lists it first).
    void teardownRequested();

private:
    void buildUi();
    void retranslateUi() override;
    void fillSteps();
    void fillQuota();
    void showConflicts();
    void checkCloud();
    void copyAll();
    void chooseSaveFile();
    void chooseHeatFile();
    bool writeFile(const QString& path, const QByteArray& data);
    void askDeployWithHeat();
    void updateLabActions();
    void applyQuota();

    QPointer<Session> m_session;
    LabPlan m_plan;
    bool m_hasPlan = false;
    bool m_stale = false; //!< the project changed since it was read
    QList<LabStep> m_steps;
    QList<LabPlanIssue> m_conflicts;
    bool m_dnsKeysMissing = true;
    QList<LabQuotaLine> m_quota;       //!< what the plan needs beyond what the lab has already
    QList<LabQuotaLine> m_quotaNeeds;  //!< the whole lab's needs against the project's usage
    QMap<QString, QString> m_existing; //!< the lab's resources the project holds (LabInventory ids)
    QList<Flavor> m_flavors;
    std::optional<ApiError> m_conflictsError;
    std::optional<ApiError> m_quotaError;
    bool m_conflictsKnown = false;
    bool m_quotaKnown = false;
    bool m_resumable = false;
    bool m_labExists = false;
    bool m_isStack = false;              //!< the lab exists as a Heat stack: Heat builds it, nothing to resume
    QList<LabPlanIssue> m_heatConflicts; //!< what stops Deploy with Heat besides the conflicts
    int m_criticalPath = 0;
    QPointer<LabCloudReader> m_reader;
    QPointer<LabQuotaCheck> m_quotaCheck;
    QLabel* m_summary = nullptr;
    MessageBanner* m_conflictBanner = nullptr;
    MessageBanner* m_resumeBanner = nullptr;
    QPushButton* m_tearDown = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTreeWidget* m_stepTree = nullptr;
    QTreeWidget* m_quotaTree = nullptr;
    TopologyView* m_diagram = nullptr;
    QCheckBox* m_waitReady = nullptr;
    QPushButton* m_copyAll = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_heat = nullptr;
    QPushButton* m_deployHeat = nullptr;
};

} // namespace zenith
