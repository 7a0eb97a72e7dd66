#include "labrunpage.h"

#include "labheatview.h"
#include "labsteptext.h"

#include "common/errortext.h"
#include "common/messagebanner.h"
#include "common/quoted.h"
#include "core/session.h"
#include "lab/labdeployer.h"
#include "lab/labheatdeployment.h"
#include "lab/labsecrets.h"
#include "lab/labteardown.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace zenith {

namespace {

enum Column { StepColumn, NameColumn, StateColumn, TimeColumn, ColumnCount };

bool isOver(LabStepState state)
{
    return state != LabStepState::Pending && state != LabStepState::Running;
}

QString seconds(qint64 ms)
{
    //: Time a lab step took, in seconds, e.g. "2.4 s"
    return LabRunPage::tr("%1 s").arg(QLocale().toString(ms / 1000.0, 'f', 1));
}

} // namespace

LabRunPage::LabRunPage(Mode mode, QWidget* parent)
    : LabWizardPage(parent)
    , m_mode(mode)
    , m_ticker(new QTimer(this))
{
    setObjectName(mode == Mode::Deploy ? QStringLiteral("labDeployPage") : QStringLiteral("labTeardownPage"));
    buildUi();
    retranslateUi();
    m_ticker->setInterval(500);
    connect(m_ticker, &QTimer::timeout, this, &LabRunPage::tick);
}

LabRunPage::~LabRunPage()
{
    disconnectChildren();
}

QString LabRunPage::title() const
{
    //: Steps of the lab wizard
    return m_mode == Mode::Deploy ? tr("Deploy") : tr("Tear down");
}

void LabRunPage::buildUi()
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("labRunSummary"));
    m_summary->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("labRunProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("labRunBanner"));
    m_banner->hide();
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("labRunSteps"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(StepColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(StateColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(TimeColumn, QHeaderView::ResizeToContents);
    m_log = new QPlainTextEdit(this);
    m_log->setObjectName(QStringLiteral("labRunLog"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_logLabel = new QLabel(this);
    auto* logBox = new QWidget(this);
    auto* logLayout = new QVBoxLayout(logBox);
    logLayout->setContentsMargins(0, 0, 0, 0);
    logLayout->addWidget(m_logLabel);
    logLayout->addWidget(m_log);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(logBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("labRunCancel"));
    m_cancel->setEnabled(false);
    m_confirm = new QPushButton(this);
    m_confirm->setObjectName(QStringLiteral("labTeardownConfirm"));
    m_confirm->hide();
    m_teardownButton = new QPushButton(this);
    m_teardownButton->setObjectName(QStringLiteral("labRunTearDown"));
    m_teardownButton->hide();
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_confirm);
    buttons->addWidget(m_teardownButton);
    buttons->addWidget(m_cancel);

    m_stepsView = new QWidget(this);
    auto* stepsLayout = new QVBoxLayout(m_stepsView);
    stepsLayout->setContentsMargins(0, 0, 0, 0);
    stepsLayout->addWidget(m_summary);
    stepsLayout->addWidget(m_banner);
    stepsLayout->addLayout(buttons);
    stepsLayout->addWidget(splitter, 1);
    m_heatView = new LabHeatView(this);
    m_heatView->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stepsView, 1);
    layout->addWidget(m_heatView, 1);
    connect(m_cancel, &QPushButton::clicked, this, &LabRunPage::askCancel);
    connect(m_confirm, &QPushButton::clicked, this, &LabRunPage::confirmTeardown);
    connect(m_teardownButton, &QPushButton::clicked, this, &LabRunPage::teardownRequested);
    connect(m_heatView, &LabHeatView::finished, this, &LabRunPage::heatFinished);
    connect(m_heatView, &LabHeatView::deleteRequested, this, &LabRunPage::teardownRequested);
    connect(m_heatView, &LabHeatView::commandIssued, this, &LabWizardPage::commandIssued);
}

void LabRunPage::retranslateUi()
{
    m_tree->setHeaderLabels({tr("Step"), tr("Resource"), tr("State"), tr("Time")});
    m_logLabel->setText(tr("Log:"));
    m_cancel->setText(tr("&Cancel"));
    //: Confirms the teardown after its dry run listed what will be deleted
    m_confirm->setText(tr("&Delete these resources"));
    m_teardownButton->setText(tr("&Tear down…"));
    m_teardownButton->setToolTip(tr("Deletes what this run created, after showing you the list."));
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it) {
        it.value()->setText(StateColumn, LabStepText::state(m_states.value(it.key())));
        const auto step =
            std::find_if(m_steps.cbegin(), m_steps.cend(), [&](const LabStep& s) { return s.id == it.key(); });
        if (step != m_steps.cend())
            it.value()->setText(StepColumn, LabStepText::kind(step->kind));
    }
    updateProgress();
}

void LabRunPage::showSteps(const QList<LabStep>& steps)
{
    m_steps = steps;
    m_tree->clear();
    m_items.clear();
    m_states.clear();
    m_startedAt.clear();
    for (const LabStep& step : steps) {
        auto* item = new QTreeWidgetItem(m_tree);
        item->setIcon(StepColumn, LabStepText::kindIcon(step.kind));
        item->setText(StepColumn, LabStepText::kind(step.kind));
        item->setText(NameColumn, step.name);
        item->setToolTip(NameColumn, step.command);
        item->setData(StepColumn, Qt::UserRole, step.id);
        m_items.insert(step.id, item);
        setStepState(step.id, LabStepState::Pending);
    }
    updateProgress();
}

// What a deploy and a teardown both start from: this run's cloud and lab, a clean log and state.
void LabRunPage::beginRun(Session* session, const LabTopology& topology)
{
    m_session = session;
    m_topology = topology;
    m_errors.clear();
    m_banner->hide();
    m_log->clear();
    m_cancelled = false;
    m_succeeded = false;
    m_started = true;
    m_running = true;
}

void LabRunPage::startDeploy(Session* session, const LabTopology& topology, const LabSecrets& secrets,
                             const QString& journalPath, bool waitForReadiness)
{
    if (m_running)
        return;
    beginRun(session, topology);
    setHeatMode(false);
    m_deployment = {};
    m_teardownButton->hide();
    if (m_deployer)
        m_deployer->deleteLater();
    m_deployer = new LabDeployer(session, topology, secrets, journalPath, this);
    m_deployer->setWaitForReadiness(waitForReadiness);
    if (m_dnsProvider)
        m_deployer->setDnsProvider(m_dnsProvider);
    showSteps(m_deployer->steps());
    connect(m_deployer, &LabDeployer::stepChanged, this, &LabRunPage::setStepState);
    connect(m_deployer, &LabDeployer::stepFailed, this, &LabRunPage::stepFailed);
    connect(m_deployer, &LabDeployer::finished, this, &LabRunPage::runFinished);
    //: %1 is the lab's name, %2 its tag
    log(tr("Deploying lab %1; every resource carries the tag %2.").arg(topology.plan.name, topology.plan.tag()));
    m_clock.start();
    m_ticker->start();
    m_cancel->setEnabled(true);
    m_deployer->start();
    updateProgress();
}

void LabRunPage::startTeardown(Session* session, const LabTopology& topology)
{
    if (m_running)
        return;
    beginRun(session, topology);
    setHeatMode(false);
    m_awaitingConfirmation = false;
    m_confirm->hide();
    showSteps({});
    if (m_teardown)
        m_teardown->deleteLater();
    m_teardown = new LabTeardown(session, topology, this);
    if (m_dnsProvider)
        m_teardown->setDnsProvider(m_dnsProvider, m_recordIds);
    connect(m_teardown, &LabTeardown::planned, this, &LabRunPage::planned);
    connect(m_teardown, &LabTeardown::stepFailed, this, &LabRunPage::stepFailed);
    connect(m_teardown, &LabTeardown::finished, this, [this](bool succeeded) {
        // The dry run's end: what planned() listed waits for the user's word.
        m_running = false;
        m_ticker->stop();
        m_apiCalls = m_teardown ? m_teardown->apiCalls() : 0;
        if (!succeeded && !m_errors.isEmpty())
            m_banner->showMessage(MessageBanner::Type::Error, m_errors.join(u"\n\n"));
        m_awaitingConfirmation = succeeded && !m_steps.isEmpty();
        m_confirm->setVisible(m_awaitingConfirmation);
        m_cancel->setEnabled(false);
        if (succeeded && m_steps.isEmpty())
            m_succeeded = true;
        updateProgress();
        Q_EMIT finished(m_succeeded);
    });
    //: %1 is the lab's tag, %2 the name of the Heat stack a lab deployed with Heat has
    log(tr("Looking for the resources tagged %1, and for the Heat stack %2…")
            .arg(topology.plan.tag(), LabHeatDeployment::stackName(topology.plan)));
    m_clock.start();
    m_teardown->start(true);
    updateProgress();
}

void LabRunPage::setDnsProvider(DnsProvider* provider, const QMap<QString, QString>& recordIds)
{
    m_dnsProvider = provider;
    m_recordIds = recordIds;
}

void LabRunPage::planned(const QList<LabStep>& steps)
{
    showSteps(steps);
    //: %n resources found for the teardown's dry run
    log(tr("%n resource(s) of the lab found.", nullptr, int(steps.size())));
    for (const LabStep& step : steps)
        log(QStringLiteral("  ") + step.command);
}

void LabRunPage::confirmTeardown()
{
    if (!m_awaitingConfirmation || !m_session)
        return;
    m_awaitingConfirmation = false;
    m_confirm->hide();
    m_running = true;
    m_cancelled = false;
    m_errors.clear();
    m_banner->hide();
    if (m_teardown)
        m_teardown->deleteLater();
    m_teardown = new LabTeardown(m_session, m_topology, this);
    if (m_dnsProvider)
        m_teardown->setDnsProvider(m_dnsProvider, m_recordIds);
    connect(m_teardown, &LabTeardown::planned, this, [this](const QList<LabStep>& steps) { showSteps(steps); });
    connect(m_teardown, &LabTeardown::stepChanged, this, &LabRunPage::setStepState);
    connect(m_teardown, &LabTeardown::stepFailed, this, &LabRunPage::stepFailed);
    connect(m_teardown, &LabTeardown::finished, this, &LabRunPage::runFinished);
    //: %1 is the lab's name
    log(tr("Tearing down lab %1…").arg(m_topology.plan.name));
    m_clock.start();
    m_ticker->start();
    m_cancel->setEnabled(true);
    m_teardown->start(false);
    updateProgress();
}

void LabRunPage::askCancel()
{
    if (!m_running)
        return;
    if (m_heat)
        return m_heatView->askCancel();
    const QString question = m_mode == Mode::Deploy
                                 ? tr("Stop deploying? What is created stays; Deploy again later resumes where it "
                                      "stopped, or Tear down deletes it.")
                                 : tr("Stop tearing down? What is not deleted yet stays; tear down again later to "
                                      "finish.");
    auto* box = new QMessageBox(QMessageBox::Question, title(), question, QMessageBox::NoButton, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* stop = box->addButton(tr("&Stop"), QMessageBox::DestructiveRole);
    box->addButton(tr("&Continue"), QMessageBox::RejectRole);
    connect(box, &QMessageBox::buttonClicked, this, [this, stop](QAbstractButton* clicked) {
        if (clicked == stop)
            cancel();
    });
    box->open();
}

void LabRunPage::cancel()
{
    if (!m_running)
        return;
    if (m_heat) {
        // Without asking (another cloud was chosen): stop following; the stack stays on its cloud.
        m_heatView->stop();
        m_running = false;
        return;
    }
    m_cancelled = true;
    m_cancel->setEnabled(false);
    log(tr("Cancelling: the steps under way finish, no new one starts."));
    if (m_mode == Mode::Deploy && m_deployer)
        m_deployer->cancel();
    else if (m_teardown)
        m_teardown->cancel();
}

void LabRunPage::setStepState(const QString& stepId, LabStepState state)
{
    QTreeWidgetItem* item = m_items.value(stepId);
    if (!item)
        return;
    const LabStepState before = m_states.value(stepId, LabStepState::Pending);
    m_states.insert(stepId, state);
    item->setIcon(StateColumn, LabStepText::stateIcon(state));
    item->setText(StateColumn, LabStepText::state(state));
    if (state == LabStepState::Running && !m_startedAt.contains(stepId))
        m_startedAt[stepId].start();
    if (isOver(state) && m_startedAt.contains(stepId))
        item->setText(TimeColumn, seconds(m_startedAt.value(stepId).elapsed()));
    if (state == LabStepState::Running)
        m_tree->scrollToItem(item);
    if (before != state && isOver(state) && state != LabStepState::Failed) {
        const auto step =
            std::find_if(m_steps.cbegin(), m_steps.cend(), [&](const LabStep& s) { return s.id == stepId; });
        if (m_deployer && m_mode == Mode::Deploy)
            m_deployment = m_deployer->deployment();
        const QString id = m_deployment.resourceIds.value(stepId);
        const QString label = stepLabel(stepId);
        switch (state) {
        case LabStepState::Done:
            if (m_mode == Mode::Teardown)
                //: Log line: %1 a step (kind and name)
                log(tr("Deleted %1").arg(label));
            else if (step != m_steps.cend() && step->kind == LabStepKind::ServerReady)
                log(tr("Ready: %1").arg(step->name));
            else
                //: Log line: %1 a step (kind and name), %2 the new resource's id
                log(id.isEmpty() ? tr("Created %1").arg(label) : tr("Created %1 (%2)").arg(label, id));
            if (step != m_steps.cend() && !step->command.isEmpty() && step->kind != LabStepKind::ServerReady)
                Q_EMIT commandIssued(step->command, m_mode == Mode::Teardown ? tr("Deleted %1").arg(label)
                                                                             : tr("Created %1").arg(label));
            break;
        case LabStepState::AlreadyThere:
            //: Log line of a resumed deployment: %1 a step (kind and name), %2 its id
            log(id.isEmpty() ? tr("Already there: %1").arg(label) : tr("Already there: %1 (%2)").arg(label, id));
            break;
        case LabStepState::Skipped: log(tr("Skipped: %1").arg(label)); break;
        default: break;
        }
    }
    updateProgress();
}

QString LabRunPage::stepLabel(const QString& stepId) const
{
    const auto step = std::find_if(m_steps.cbegin(), m_steps.cend(), [&](const LabStep& s) { return s.id == stepId; });
    if (step == m_steps.cend())
        return stepId;
    //: A lab step in the log: %1 its kind (Port, Server…), %2 the resource's name
    return tr("%1 %2").arg(LabStepText::kindInSentence(step->kind), step->name);
}

void LabRunPage::stepFailed(const QString& stepId, const ApiError& error)
{
    //: %1 a step (kind and name); the error's explanation follows on the next lines
    const QString text = tr("%1 failed.").arg(stepLabel(stepId)) + u'\n' + ErrorText::message(error);
    m_errors.append(text);
    log(ErrorText::redacted(text));
    m_banner->showMessage(MessageBanner::Type::Error, m_errors.join(u"\n\n"));
    m_banner->show();
}

void LabRunPage::runFinished(bool succeeded)
{
    m_running = false;
    m_succeeded = succeeded;
    m_ticker->stop();
    m_cancel->setEnabled(false);
    if (m_mode == Mode::Deploy && m_deployer) {
        m_deployment = m_deployer->deployment();
        m_apiCalls = m_deployer->apiCalls();
    } else if (m_teardown) {
        m_apiCalls = m_teardown->apiCalls();
    }
    const QString time = seconds(m_clock.elapsed());
    if (succeeded) {
        //: %1 a duration ("4.2 s"), %2 a number of API calls
        log(m_mode == Mode::Deploy ? tr("The lab is deployed, in %1 and %2 API calls.").arg(time).arg(m_apiCalls)
                                   : tr("The lab is torn down, in %1 and %2 API calls.").arg(time).arg(m_apiCalls));
    } else if (m_cancelled) {
        log(tr("Cancelled after %1.").arg(time));
        if (m_errors.isEmpty())
            m_banner->showMessage(MessageBanner::Type::Warning,
                                  m_mode == Mode::Deploy
                                      ? tr("Deployment cancelled. What was created stays: deploy again to resume, "
                                           "or tear the lab down.")
                                      : tr("Teardown cancelled. What was not deleted yet stays."));
    } else if (m_errors.isEmpty()) {
        m_banner->showMessage(MessageBanner::Type::Error, tr("The run stopped before every step was done."));
    }
    if (!succeeded)
        m_banner->show();
    m_teardownButton->setVisible(m_mode == Mode::Deploy && !succeeded);
    updateProgress();
    Q_EMIT finished(succeeded);
}

void LabRunPage::updateProgress()
{
    int over = 0;
    int failed = 0;
    for (auto it = m_states.cbegin(); it != m_states.cend(); ++it) {
        over += isOver(it.value()) ? 1 : 0;
        failed += it.value() == LabStepState::Failed ? 1 : 0;
    }
    const int total = int(m_steps.size());
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(over);
    //: Progress bar text: %v steps over, %m steps in all
    m_progress->setFormat(tr("%v of %m steps"));
    const bool hasStack =
        std::any_of(m_steps.cbegin(), m_steps.cend(), [](const LabStep& s) { return s.kind == LabStepKind::Stack; });
    QString summary;
    if (!m_started)
        summary = m_mode == Mode::Deploy ? tr("Nothing deployed yet: the Plan step starts the deployment.")
                                         : tr("Nothing to tear down yet.");
    else if (m_mode == Mode::Teardown && m_awaitingConfirmation && hasStack)
        //: %n steps; %1 the lab's name, %2 its Heat stack
        summary = tr("Dry run: %n deletion(s) for the lab %1, in this order; the Heat stack %2 takes everything it "
                     "created with it. Nothing else is touched.",
                     nullptr, total)
                      .arg(quoted(m_topology.plan.name), LabHeatDeployment::stackName(m_topology.plan));
    else if (m_mode == Mode::Teardown && m_awaitingConfirmation)
        //: %n resources; %1 the lab's tag
        summary = tr("Dry run: %n resource(s) tagged %1 will be deleted, in this order. Nothing else is touched.",
                     nullptr, total)
                      .arg(m_topology.plan.tag());
    else if (m_mode == Mode::Teardown && !m_running && total == 0 && m_succeeded)
        summary = tr("Nothing of the lab %1 remains on the cloud.").arg(quoted(m_topology.plan.name));
    else if (m_running)
        summary = m_mode == Mode::Deploy
                      ? tr("Deploying %1: independent steps run in parallel.").arg(quoted(m_topology.plan.name))
                      : tr("Tearing down %1…").arg(quoted(m_topology.plan.name));
    else if (m_succeeded)
        summary = m_mode == Mode::Deploy
                      ? tr("The lab %1 is deployed.").arg(quoted(m_topology.plan.name))
                      : tr("The lab %1 is torn down: nothing of it remains.").arg(quoted(m_topology.plan.name));
    else
        //: %n failed steps
        summary = tr("Stopped: %n step(s) failed.", nullptr, failed);
    m_summary->setText(summary);
}

void LabRunPage::tick()
{
    for (auto it = m_startedAt.cbegin(); it != m_startedAt.cend(); ++it) {
        if (m_states.value(it.key()) == LabStepState::Running) {
            if (QTreeWidgetItem* item = m_items.value(it.key()))
                item->setText(TimeColumn, seconds(it.value().elapsed()));
        }
    }
}

void LabRunPage::log(const QString& line)
{
    const QString time = m_clock.isValid() ? QString::number(m_clock.elapsed() / 1000.0, 'f', 1).rightJustified(6)
                                           : QStringLiteral("   0.0");
    m_log->appendPlainText(u'[' + time + QStringLiteral(" s] ") + line);
}

LabStepState LabRunPage::state(const QString& stepId) const
{
    return m_states.value(stepId, LabStepState::Pending);
}

QString LabRunPage::logText() const
{
    return m_log->toPlainText();
}

QString LabRunPage::errorText() const
{
    return m_errors.join(u"\n\n");
}

} // namespace zenith
