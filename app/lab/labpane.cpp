#include "labpane.h"

#include "labaccesspage.h"
#include "labdnsaccess.h"
#include "labmachinespage.h"
#include "labplanpage.h"
#include "labresultpage.h"
#include "labrunpage.h"
#include "labsecretkeeper.h"
#include "labsettingspage.h"

#include "common/icons.h"
#include "common/verticalscrollarea.h"
#include "core/session.h"
#include "lab/labjournal.h"
#include "lab/labplanvalidation.h"
#include "lab/labtopology.h"

#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace zenith {

LabPane::LabPane(QWidget* parent)
    : Pane(Area::Lab, parent)
    , m_steps(new QListWidget(this))
    , m_title(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_back(new QPushButton(this))
    , m_next(new QPushButton(this))
    , m_settings(new LabSettingsPage(this))
    , m_machines(new LabMachinesPage(this))
    , m_access(new LabAccessPage(this))
    , m_planPage(new LabPlanPage(this))
    , m_deploy(new LabRunPage(LabRunPage::Mode::Deploy, this))
    , m_result(new LabResultPage(this))
    , m_teardown(new LabRunPage(LabRunPage::Mode::Teardown, this))
    , m_keeper(new LabSecretKeeper(this))
    , m_dns(new LabDnsAccess(this))
{
    setObjectName(QStringLiteral("labPane"));
    m_steps->setObjectName(QStringLiteral("labSteps"));
    m_title->setObjectName(QStringLiteral("labStepTitle"));
    m_back->setObjectName(QStringLiteral("labBack"));
    m_next->setObjectName(QStringLiteral("labNext"));
    m_steps->setFrameShape(QFrame::NoFrame);
    m_steps->setFocusPolicy(Qt::NoFocus);
    m_steps->setSpacing(2);
    m_steps->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    m_steps->setBackgroundRole(QPalette::Window);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    auto* right = new QVBoxLayout;
    right->addWidget(m_title);
    right->addWidget(m_stack, 1);
    right->addLayout(buttons);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_steps);
    layout->addLayout(right, 1);

    for (LabWizardPage* page : {static_cast<LabWizardPage*>(m_settings), static_cast<LabWizardPage*>(m_machines),
                                static_cast<LabWizardPage*>(m_access), static_cast<LabWizardPage*>(m_planPage),
                                static_cast<LabWizardPage*>(m_deploy), static_cast<LabWizardPage*>(m_result),
                                static_cast<LabWizardPage*>(m_teardown)})
        addPage(page);

    connect(m_back, &QPushButton::clicked, this, &LabPane::back);
    connect(m_next, &QPushButton::clicked, this, &LabPane::next);
    connect(m_steps, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        if (!goTo(Step(m_steps->row(item))))
            updateNavigation();
    });
    connect(m_planPage, &LabPlanPage::deployRequested, this, [this](bool resume) { deploy(resume); });
    connect(m_planPage, &LabPlanPage::heatDeployRequested, this, &LabPane::deployWithHeat);
    connect(m_deploy, &LabRunPage::finished, this, &LabPane::deployFinished);
    connect(m_result, &LabResultPage::teardownRequested, this, &LabPane::tearDown);
    connect(m_planPage, &LabPlanPage::teardownRequested, this, &LabPane::tearDown);
    connect(m_deploy, &LabRunPage::teardownRequested, this, &LabPane::tearDown);
    connect(m_teardown, &LabRunPage::finished, this, &LabPane::teardownFinished);
    connect(m_keeper, &LabSecretKeeper::obtained, this, &LabPane::startDeploy);
    connect(m_dns, &LabDnsAccess::changed, this, [this] {
        m_planPage->setDnsKeysMissing(m_dns->keysMissing() || m_dns->loading());
        m_deploy->setDnsProvider(m_dns->provider());
        m_result->setDnsProvider(m_dns->provider());
    });

    m_settings->readPlan(m_plan);
    m_machines->readPlan(m_plan);
    m_access->readPlan(m_plan);
    retranslateUi();
    showStep(Step::Lab);
    validate();
}

LabPane::~LabPane()
{
    for (QObject* child : children())
        disconnect(child, nullptr, this, nullptr);
}

void LabPane::addPage(LabWizardPage* page)
{
    m_pages.append(page);
    m_issueCounts.append(0);
    // Each page scrolls rather than push its height onto the window: the Result page alone would
    // make the window taller than a 1366x768 laptop's screen.
    m_stack->addWidget(new VerticalScrollArea(page, m_stack));
    auto* item = new QListWidgetItem(m_steps);
    item->setSizeHint(QSize(0, fontMetrics().height() * 2));
    connect(page, &LabWizardPage::edited, this, &LabPane::validate);
    connect(page, &LabWizardPage::advanceChanged, this, &LabPane::updateNavigation);
    connect(page, &LabWizardPage::commandIssued, this, &Pane::commandIssued);
}

LabWizardPage* LabPane::page(Step step) const
{
    return m_pages.at(int(step));
}

void LabPane::setSession(Session* session)
{
    if (session != m_session) {
        // Another cloud (or none): a run must not go on with a session about to go, and what was
        // deployed belongs to the old cloud. The plan's fields stay as typed.
        m_deploy->cancel();
        m_teardown->cancel();
        m_started = false;
        m_result->clear();
        if (currentStep() > Step::Plan)
            showStep(Step::Plan);
    }
    m_session = session;
    for (LabWizardPage* page : std::as_const(m_pages))
        page->setSession(session);
    m_plan.cloud = session ? session->cloud().name : QString();
    m_plan.region = session ? session->cloud().regionName : QString();
    if (isActive())
        page(currentStep())->setActive(true);
    validate();
}

void LabPane::setActive(bool active)
{
    Pane::setActive(active);
    page(currentStep())->setActive(active);
    // Back from another pane, where a student may have made the zone or the key pair the plan
    // lacked: its conflicts are asked again rather than left stale.
    if (active && currentStep() == Step::Plan)
        m_planPage->recheck();
}

LabPlan LabPane::plan() const
{
    LabPlan plan = m_plan;
    m_settings->writePlan(&plan);
    m_machines->writePlan(&plan);
    m_access->writePlan(&plan);
    return plan;
}

void LabPane::setPlan(const LabPlan& plan)
{
    m_plan = plan;
    m_settings->readPlan(plan);
    m_machines->readPlan(plan);
    m_access->readPlan(plan);
    validate();
}

LabPane::Step LabPane::currentStep() const
{
    return Step(m_stack->currentIndex());
}

void LabPane::validate()
{
    m_plan = plan();
    const QList<LabPlanIssue> issues = LabPlanValidation::validate(m_plan);
    m_dns->update(m_session, m_plan);
    for (int i = 0; i <= int(Step::Access); ++i)
        m_issueCounts[i] = m_pages.at(i)->showIssues(issues);
    if (currentStep() == Step::Plan)
        m_planPage->showPlan(m_session, m_plan);
    updateNavigation();
}

bool LabPane::reachable(Step step) const
{
    if (m_deploy->isRunning() || m_teardown->isRunning())
        return step == currentStep();
    switch (step) {
    case Step::Lab:
    case Step::Machines:
    case Step::Access:
    case Step::Plan:
        for (int i = 0; i < int(step); ++i) {
            if (m_issueCounts.at(i) > 0 || !m_pages.at(i)->canAdvance())
                return false;
        }
        return true;
    case Step::Deploy: return m_started;
    case Step::Result: return m_deploy->hasSucceeded();
    case Step::Teardown: return m_teardown->hasStarted();
    }
    return false;
}

bool LabPane::canGoNext() const
{
    const Step step = currentStep();
    if (step == Step::Plan)
        return m_planPage->canAdvance() && !m_deploy->isRunning() && !m_awaitingSecrets && reachable(Step::Plan);
    if (step >= Step::Result)
        return false;
    return reachable(Step(int(step) + 1));
}

bool LabPane::canGoBack() const
{
    const Step step = currentStep();
    if (step == Step::Lab)
        return false;
    if (step == Step::Teardown)
        return !m_teardown->isRunning();
    return reachable(Step(int(step) - 1));
}

void LabPane::next()
{
    if (!canGoNext())
        return;
    if (currentStep() == Step::Plan)
        return deploy(false);
    goTo(Step(int(currentStep()) + 1));
}

void LabPane::back()
{
    if (!canGoBack())
        return;
    // From the teardown, back is the result (or the plan, once the lab is gone).
    if (currentStep() == Step::Teardown)
        return showStep(m_teardown->hasSucceeded() ? Step::Plan : Step::Result);
    goTo(Step(int(currentStep()) - 1));
}

bool LabPane::goTo(Step step)
{
    if (!reachable(step))
        return false;
    showStep(step);
    return true;
}

void LabPane::showStep(Step step)
{
    const Step previous = currentStep();
    if (previous != step && isActive())
        page(previous)->setActive(false);
    m_stack->setCurrentIndex(int(step));
    if (isActive())
        page(step)->setActive(true);
    if (step == Step::Plan) {
        m_planPage->showPlan(m_session, m_plan);
        m_planPage->setResumable(!m_plan.cloud.isEmpty() && QFile::exists(journalPath()));
    }
    m_title->setText(page(step)->title());
    updateNavigation();
}

void LabPane::setSecretStore(SecretStore* store)
{
    m_keeper->setStore(store);
    m_dns->setStore(store);
}

QString LabPane::journalPath() const
{
    return LabJournal::defaultPath(m_plan.cloud, m_plan.name);
}

void LabPane::deploy(bool resume)
{
    Q_UNUSED(resume); // the deployer reconciles by tag whether a journal exists or not
    if (!m_session || !LabTopology::of(m_plan) || m_deploy->isRunning() || m_awaitingSecrets)
        return;
    m_awaitingSecrets = true;
    m_heatRequested = false;
    m_keeper->obtain(m_plan.cloud, m_plan.name);
    updateNavigation();
}

void LabPane::deployWithHeat()
{
    if (!m_session || !LabTopology::of(m_plan) || m_deploy->isRunning() || m_awaitingSecrets)
        return;
    m_awaitingSecrets = true;
    m_heatRequested = true;
    m_keeper->obtain(m_plan.cloud, m_plan.name);
    updateNavigation();
}

void LabPane::startDeploy(const LabSecrets& secrets, bool kept)
{
    m_awaitingSecrets = false;
    const std::optional<LabTopology> topology = LabTopology::of(m_plan);
    if (!m_session || !topology)
        return updateNavigation();
    m_started = true;
    m_result->clear();
    showStep(Step::Deploy);
    if (m_heatRequested)
        m_deploy->startHeatDeploy(m_session, *topology, secrets, journalPath(), m_planPage->waitForReadiness());
    else
        m_deploy->startDeploy(m_session, *topology, secrets, journalPath(), m_planPage->waitForReadiness());
    if (!kept)
        m_deploy->note(tr("No keyring is available: the lab's database passwords are kept in "
                          "memory until Zenith closes."));
    updateNavigation();
}

void LabPane::deployFinished(bool succeeded)
{
    m_planPage->invalidate(); // what the lab made is the project's now: Tear down…, no Deploy with Heat
    if (succeeded) {
        if (const std::optional<LabTopology> topology = LabTopology::of(m_plan))
            m_result->showResult(m_session, *topology, m_deploy->deployment(), m_planPage->waitForReadiness());
        if (currentStep() == Step::Deploy)
            showStep(Step::Result);
    }
    updateNavigation();
}

void LabPane::tearDown()
{
    const std::optional<LabTopology> topology = LabTopology::of(m_plan);
    if (!m_session || !topology || m_teardown->isRunning())
        return;
    showStep(Step::Teardown);
    // OVHcloud's records carry no tag: the journal says which ones the lab made.
    LabJournal journal(journalPath());
    (void)journal.load();
    m_teardown->setDnsProvider(m_dns->provider(), journal.resourceIds(QStringLiteral("record:")));
    // A lab deployed with Heat (in this session or not) goes with its stack: LabTeardown finds it.
    m_teardown->startTeardown(m_session, *topology);
    updateNavigation();
}

void LabPane::teardownFinished(bool succeeded)
{
    if (succeeded && m_teardown->hasSucceeded()) {
        // Nothing of the lab remains: no journal to resume, no passwords to keep.
        QFile::remove(journalPath());
        m_keeper->forget(m_plan.cloud, m_plan.name);
        m_started = false;
        m_result->clear();
        m_planPage->setResumable(false);
        m_planPage->invalidate();
    }
    updateNavigation();
}

void LabPane::updateNavigation()
{
    const Step current = currentStep();
    for (int i = 0; i < m_steps->count(); ++i) {
        QListWidgetItem* item = m_steps->item(i);
        const Step step = Step(i);
        const bool shown = step != Step::Teardown || m_teardown->hasStarted();
        item->setHidden(!shown);
        Qt::ItemFlags flags = Qt::ItemIsSelectable;
        if (step == current || reachable(step))
            flags |= Qt::ItemIsEnabled;
        item->setFlags(flags);
        QFont font = m_steps->font();
        font.setBold(step == current);
        item->setFont(font);
        //: A step of the lab wizard in its step list: %1 its number, %2 its name
        item->setText(tr("%1. %2").arg(i + 1).arg(page(step)->title()));
    }
    m_steps->setCurrentRow(int(current));
    m_back->setEnabled(canGoBack());
    m_back->setVisible(current != Step::Lab);
    m_next->setEnabled(canGoNext());
    m_next->setVisible(current < Step::Result);
    //: The wizard's Next button on the Plan page: it starts creating the lab
    m_next->setText(current == Step::Plan ? tr("&Deploy") : tr("&Next >"));
    m_next->setDefault(true);
}

void LabPane::retranslateUi()
{
    m_back->setText(tr("< &Back"));
    m_steps->setFixedWidth(fontMetrics().averageCharWidth() * 24);
    if (m_stack->currentWidget())
        m_title->setText(page(currentStep())->title());
    updateNavigation();
}

} // namespace zenith
