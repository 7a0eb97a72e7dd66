#pragma once

#include "lab/labplan.h"
#include "lab/labsecrets.h"
#include "panes/pane.h"

#include <QList>
#include <QPointer>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace zenith {

class LabAccessPage;
class LabDnsAccess;
class LabRunPage;
class LabMachinesPage;
class LabPlanPage;
class LabResultPage;
class LabSettingsPage;
class LabSecretKeeper;
class LabWizardPage;
class SecretStore;
class Session;

//! The Lab area: the lab wizard, embedded in the main window. A column of steps on the left
//! (Lab, Machines, Access, Plan, Deploy, Result) shows where the student is; Back and Next move
//! between the pages, Next only while the page's fields are right. The pages fill one LabPlan;
//! the Plan page shows everything before anything is created, the Deploy page runs the lab
//! engine, the Result page verifies and tears down.
class LabPane final : public Pane
{
    Q_OBJECT

public:
    //! The wizard's steps, in order.
    enum class Step { Lab, Machines, Access, Plan, Deploy, Result, Teardown };

    explicit LabPane(QWidget* parent = nullptr);
    ~LabPane() override;

    //! The session to work in (nullptr when signed out), followed like the other panes.
    void setSession(Session* session);
    void setActive(bool active) override;
    //! Where the labs' generated passwords are kept (nullptr: in memory for the session only).
    void setSecretStore(SecretStore* store);
    //! The journal of the current plan's lab on this cloud (LabJournal::defaultPath()).
    QString journalPath() const;

    //! The plan as the pages hold it now.
    LabPlan plan() const;
    //! Shows `plan` in the pages (a lab.yaml read, a test).
    void setPlan(const LabPlan& plan);
    Step currentStep() const;
    //! Goes to `step` if it can be reached now (the pages before it are right); false otherwise.
    bool goTo(Step step);
    //! Next (or Deploy on the Plan page), when enabled.
    void next();
    void back();
    bool canGoNext() const;
    bool canGoBack() const;
    //! Shows the Tear down page and starts its dry run ("Tear down…" on the Result page, or on
    //! the Deploy page after a failed or cancelled run).
    void tearDown();

    LabSettingsPage* settingsPage() const { return m_settings; }
    LabMachinesPage* machinesPage() const { return m_machines; }
    LabAccessPage* accessPage() const { return m_access; }
    LabPlanPage* planPage() const { return m_planPage; }
    LabRunPage* deployPage() const { return m_deploy; }
    LabResultPage* resultPage() const { return m_result; }
    LabRunPage* teardownPage() const { return m_teardown; }

protected:
    void retranslateUi() override;

private:
    void addPage(LabWizardPage* page);
    LabWizardPage* page(Step step) const;
    void validate();
    void updateNavigation();
    void showStep(Step step);
    bool reachable(Step step) const;
    void deploy(bool resume);
    //! "Deploy with Heat": the secrets, then the stack (LabRunPage's Heat mode).
    void deployWithHeat();
    void startDeploy(const LabSecrets& secrets, bool kept);
    void deployFinished(bool succeeded);
    void teardownFinished(bool succeeded);

    QPointer<Session> m_session;
    LabPlan m_plan;
    QList<LabWizardPage*> m_pages;
    QList<int> m_issueCounts; //!< per page: issues shown under its fields
    QListWidget* m_steps;
    QLabel* m_title;
    QStackedWidget* m_stack;
    QPushButton* m_back;
    QPushButton* m_next;
    LabSettingsPage* m_settings;
    LabMachinesPage* m_machines;
    LabAccessPage* m_access;
    LabPlanPage* m_planPage;
    LabRunPage* m_deploy;
    LabResultPage* m_result;
    LabRunPage* m_teardown;
    LabSecretKeeper* m_keeper;
    LabDnsAccess* m_dns;
    bool m_awaitingSecrets = false;
    bool m_heatRequested = false; //!< the secrets being obtained are for a Heat deployment
    bool m_started = false;       //!< a deployment ran (or runs) in this session: Deploy and Result are reachable
};

} // namespace zenith
