#include "labplanpage.h"

#include "labtext.h"

#include "labdiagram.h"
#include "labplanissuetext.h"
#include "labsteptext.h"

#include "common/errortext.h"
#include "common/messagebanner.h"
#include "core/session.h"
#include "lab/labcloudreader.h"
#include "lab/labdnsrecords.h"
#include "lab/labheattemplate.h"
#include "lab/labinventory.h"
#include "lab/labplanfile.h"
#include "lab/labplanner.h"
#include "lab/labplanvalidation.h"
#include "lab/labquota.h"
#include "lab/labsecrets.h"
#include "lab/labtopology.h"
#include "topology/topologylayout.h"
#include "topology/topologyview.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace zenith {

namespace {

enum StepColumn { NumberColumn, KindColumn, NameColumn, CommandColumn, StepColumnCount };
enum QuotaColumn { ResourceColumn, NeededColumn, UsedColumn, LimitColumn, FitsColumn, QuotaColumnCount };
enum Tab { StepsTab, QuotaTab, DiagramTab };

} // namespace

LabPlanPage::LabPlanPage(QWidget* parent)
    : LabWizardPage(parent)
{
    setObjectName(QStringLiteral("labPlanPage"));
    buildUi();
    retranslateUi();
}

LabPlanPage::~LabPlanPage()
{
    disconnectChildren();
}

QString LabPlanPage::title() const
{
    //: A step of the lab wizard: what will be created, before anything is
    return tr("Plan");
}

void LabPlanPage::buildUi()
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("labPlanSummary"));
    m_summary->setWordWrap(true);
    m_conflictBanner = new MessageBanner(this);
    m_conflictBanner->setObjectName(QStringLiteral("labPlanConflicts"));
    m_resumeBanner = new MessageBanner(this);
    m_resumeBanner->setObjectName(QStringLiteral("labPlanResume"));
    m_resumeBanner->hide();
    m_tearDown = new QPushButton(this);
    m_tearDown->setObjectName(QStringLiteral("labPlanTearDown"));
    m_tearDown->hide();

    m_stepTree = new QTreeWidget(this);
    m_stepTree->setObjectName(QStringLiteral("labPlanSteps"));
    m_stepTree->setColumnCount(StepColumnCount);
    m_stepTree->setRootIsDecorated(false);
    m_stepTree->setUniformRowHeights(true);
    m_stepTree->setAlternatingRowColors(true);
    m_stepTree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_stepTree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_stepTree->header()->setSectionResizeMode(NumberColumn, QHeaderView::ResizeToContents);
    m_stepTree->header()->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    m_stepTree->header()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    auto* copy = new QAction(m_stepTree);
    copy->setObjectName(QStringLiteral("labPlanCopyCommand"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    m_stepTree->addAction(copy);
    connect(copy, &QAction::triggered, this, [this] {
        QStringList commands;
        for (QTreeWidgetItem* item : m_stepTree->selectedItems())
            commands << item->text(CommandColumn);
        if (!commands.isEmpty())
            QApplication::clipboard()->setText(commands.join(u'\n'));
    });

    m_quotaTree = new QTreeWidget(this);
    m_quotaTree->setObjectName(QStringLiteral("labPlanQuota"));
    m_quotaTree->setColumnCount(QuotaColumnCount);
    m_quotaTree->setRootIsDecorated(false);
    m_quotaTree->setUniformRowHeights(true);
    m_quotaTree->header()->setSectionResizeMode(ResourceColumn, QHeaderView::ResizeToContents);

    m_diagram = new TopologyView(this);
    m_diagram->setObjectName(QStringLiteral("labPlanDiagram"));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("labPlanTabs"));
    m_tabs->addTab(m_stepTree, QString());
    m_tabs->addTab(m_quotaTree, QString());
    m_tabs->addTab(m_diagram, QString());
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        if (tab == DiagramTab)
            m_diagram->fitAll();
    });

    m_waitReady = new QCheckBox(this);
    m_waitReady->setObjectName(QStringLiteral("labWaitReady"));
    m_waitReady->setChecked(true);
    m_copyAll = new QPushButton(this);
    m_copyAll->setObjectName(QStringLiteral("labCopyAll"));
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("labSavePlan"));
    m_heat = new QPushButton(this);
    m_heat->setObjectName(QStringLiteral("labExportHeat"));
    m_deployHeat = new QPushButton(this);
    m_deployHeat->setObjectName(QStringLiteral("labDeployHeat"));
    m_deployHeat->setEnabled(false);
    // The check box has a row of its own: beside the four buttons, the French labels asked for more
    // width than a 1366-pixel laptop screen has.
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_copyAll);
    buttons->addWidget(m_save);
    buttons->addWidget(m_heat);
    buttons->addWidget(m_deployHeat);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    auto* existing = new QHBoxLayout;
    existing->addWidget(m_resumeBanner, 1);
    existing->addWidget(m_tearDown, 0, Qt::AlignTop);
    layout->addLayout(existing);
    layout->addWidget(m_conflictBanner);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_waitReady);
    layout->addLayout(buttons);
    connect(m_copyAll, &QPushButton::clicked, this, &LabPlanPage::copyAll);
    connect(m_save, &QPushButton::clicked, this, &LabPlanPage::chooseSaveFile);
    connect(m_heat, &QPushButton::clicked, this, &LabPlanPage::chooseHeatFile);
    connect(m_deployHeat, &QPushButton::clicked, this, &LabPlanPage::askDeployWithHeat);
    connect(m_tearDown, &QPushButton::clicked, this, &LabPlanPage::teardownRequested);
    connect(this, &LabWizardPage::advanceChanged, this, &LabPlanPage::updateLabActions);
}

void LabPlanPage::retranslateUi()
{
    m_stepTree->setHeaderLabels({tr("#"), tr("Creates"), tr("Name"), tr("Equivalent command")});
    m_quotaTree->setHeaderLabels({tr("Resource"), tr("Needed"), tr("Used"), tr("Limit"), tr("Fits")});
    m_tabs->setTabText(StepsTab, tr("&Steps"));
    m_tabs->setTabText(QuotaTab, tr("&Quota"));
    m_tabs->setTabText(DiagramTab, tr("D&iagram"));
    m_stepTree->actions().constFirst()->setText(tr("&Copy command"));
    m_waitReady->setText(tr("&Wait until each server's software is ready"));
    m_waitReady->setToolTip(tr("Running is not ready: the wizard watches each server's console for the line its "
                               "post-install script prints at the end. Clouds whose consoles stay empty (test "
                               "clouds with a fake hypervisor) never print it."));
    m_copyAll->setText(tr("Copy &all commands"));
    m_copyAll->setToolTip(tr("Copies every command, in order, as a shell script."));
    m_save->setText(tr("Sa&ve plan as lab.yaml…"));
    m_save->setToolTip(tr("The plan as a file that `zenith lab deploy --config lab.yaml` reads: a teacher can "
                          "deploy it for a class."));
    m_heat->setText(tr("Export &Heat template…"));
    m_heat->setToolTip(tr("The same lab as a Heat (HOT) template, for `openstack stack create`. It holds newly "
                          "generated database passwords: keep the file private."));
    m_deployHeat->setText(tr("Deploy &with Heat…"));
    m_tearDown->setText(tr("&Tear down…"));
    m_tearDown->setToolTip(tr("Deletes what this lab has on the cloud (its tagged resources, or its Heat stack), "
                              "after showing you the list."));
    m_resumeBanner->showMessage(MessageBanner::Type::Information,
                                tr("This lab was deployed (or started) before on this cloud. Deploy resumes it: "
                                   "what exists is found by its tag and kept, only what is missing is created."));
    updateLabActions();
    if (m_hasPlan) {
        fillSteps();
        fillQuota();
        showConflicts();
    }
}

void LabPlanPage::showPlan(Session* session, const LabPlan& plan)
{
    if (m_hasPlan && !m_stale && plan == m_plan && session == m_session)
        return;
    m_stale = false;
    m_session = session;
    m_plan = plan;
    m_hasPlan = true;
    const std::optional<LabTopology> topology = LabTopology::of(plan);
    m_steps = topology ? LabPlanner::deploySteps(*topology) : QList<LabStep>();
    m_criticalPath = LabPlanner::criticalPathLength(m_steps);
    fillSteps();
    if (topology) {
        m_diagram->showLayout(TopologyLayout::compute(TopologyGraph::build(LabDiagram::input(*topology))));
        m_diagram->fitAll();
    }
    checkCloud();
}

void LabPlanPage::recheck()
{
    if (m_hasPlan && m_session)
        checkCloud();
}

void LabPlanPage::setDnsKeysMissing(bool missing)
{
    if (missing == m_dnsKeysMissing)
        return;
    m_dnsKeysMissing = missing;
    if (!m_conflictsKnown)
        return; // the cloud's answer applies it
    m_conflicts.removeIf([](const LabPlanIssue& i) { return i.field == LabPlanIssue::Field::DnsCredentials; });
    if (const auto keys = LabDnsRecords::credentialsIssue(m_plan, !missing))
        m_conflicts.append(*keys);
    showConflicts();
    Q_EMIT advanceChanged();
}

void LabPlanPage::fillSteps()
{
    m_stepTree->clear();
    int number = 0;
    for (const LabStep& step : std::as_const(m_steps)) {
        auto* item = new QTreeWidgetItem(m_stepTree);
        item->setText(NumberColumn, QLocale().toString(++number));
        item->setTextAlignment(NumberColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setIcon(KindColumn, LabStepText::kindIcon(step.kind));
        item->setText(KindColumn, LabStepText::kind(step.kind));
        item->setText(NameColumn, step.name);
        item->setText(CommandColumn, step.command);
        item->setToolTip(CommandColumn, step.command);
        if (!step.dependsOn.isEmpty())
            //: Tooltip of a plan step: the ids of the steps it waits for
            item->setToolTip(NameColumn, tr("After: %1").arg(step.dependsOn.join(QStringLiteral(", "))));
    }
    //: %n steps; %1 the number of steps on the longest chain of dependent steps
    m_summary->setText(tr("Deploying creates these %n resource(s), in this order; steps that do not depend on each "
                          "other run in parallel (the longest chain has %1 steps). Nothing is created until you "
                          "press Deploy.",
                          nullptr, int(m_steps.size()))
                           .arg(m_criticalPath));
}

void LabPlanPage::checkCloud()
{
    m_conflictsKnown = m_quotaKnown = false;
    m_labExists = m_isStack = false;
    m_heatConflicts.clear();
    m_conflicts.clear();
    m_quota.clear();
    m_quotaNeeds.clear();
    m_existing.clear();
    m_conflictsError.reset();
    m_quotaError.reset();
    if (m_reader)
        m_reader->deleteLater();
    if (m_quotaCheck)
        m_quotaCheck->deleteLater();
    showConflicts();
    fillQuota();
    Q_EMIT advanceChanged();
    const std::optional<LabTopology> topology = LabTopology::of(m_plan);
    if (!m_session || !topology)
        return;
    LabCloudReader::Scope scope;
    scope.flavorsAndImages = true;
    scope.stack = true;
    scope.records = true; // the zone the domain's records go into
    m_reader = new LabCloudReader(m_session, *topology, scope, this);
    connect(m_reader, &LabCloudReader::finished, this,
            [this, topology = *topology](const LabCloudState& state, const std::optional<ApiError>& error) {
                m_conflictsKnown = true;
                m_conflictsError = error;
                m_conflicts = LabPlanValidation::conflicts(m_plan, state);
                m_heatConflicts = LabPlanValidation::heatConflicts(m_plan, state);
                const LabInventory existing = LabInventory::of(state, topology);
                m_isStack = !state.stacks.isEmpty();
                m_labExists = m_isStack || !existing.ids.isEmpty() || !existing.strays.isEmpty();
                m_existing = existing.ids;
                m_flavors = state.flavors;
                applyQuota();
                if (const auto keys = LabDnsRecords::credentialsIssue(m_plan, !m_dnsKeysMissing))
                    m_conflicts.append(*keys);
                showConflicts();
                Q_EMIT advanceChanged();
            });
    m_reader->start();
    m_quotaCheck = new LabQuotaCheck(m_session, *topology, this);
    connect(m_quotaCheck, &LabQuotaCheck::finished, this,
            [this](const QList<LabQuotaLine>& lines, const std::optional<ApiError>& error) {
                m_quotaKnown = true;
                m_quotaNeeds = lines;
                m_quotaError = error;
                applyQuota();
                showConflicts();
            });
    m_quotaCheck->start();
}

// A lab that exists in part needs quota only for what is missing (its resources count in the
// project's usage already).
void LabPlanPage::applyQuota()
{
    const std::optional<LabTopology> topology = LabTopology::of(m_plan);
    m_quota = topology ? LabQuotaLine::lessExisting(m_quotaNeeds, *topology, m_existing, m_flavors) : m_quotaNeeds;
    fillQuota();
}

void LabPlanPage::showConflicts()
{
    QStringList problems;
    for (const LabPlanIssue& issue : std::as_const(m_conflicts))
        problems << u"• " + LabPlanIssueText::message(issue);
    int overQuota = 0;
    for (const LabQuotaLine& line : std::as_const(m_quota))
        overQuota += line.fits() ? 0 : 1;
    if (!m_session) {
        m_conflictBanner->showMessage(MessageBanner::Type::Warning, tr("Sign in to a cloud to deploy the lab."));
    } else if (!m_conflictsKnown) {
        m_conflictBanner->showMessage(MessageBanner::Type::Information,
                                      tr("Checking the project for conflicts and quota…"));
    } else if (!problems.isEmpty()) {
        //: Followed by a bulleted list of conflicts
        m_conflictBanner->showMessage(MessageBanner::Type::Error, tr("This plan clashes with what the project holds:") +
                                                                      u'\n' + problems.join(u'\n'));
    } else if (m_conflictsError) {
        m_conflictBanner->showMessage(MessageBanner::Type::Warning,
                                      tr("The project could not be checked for conflicts; you may deploy anyway.") +
                                          u'\n' + ErrorText::message(*m_conflictsError));
    } else if (overQuota > 0) {
        //: %n quotas the lab exceeds
        m_conflictBanner->showMessage(MessageBanner::Type::Warning,
                                      tr("No conflicts, but the lab exceeds %n quota(s) of the project (see Quota): "
                                         "the deployment will stop there.",
                                         nullptr, overQuota));
    } else {
        m_conflictBanner->showMessage(MessageBanner::Type::Information,
                                      m_quotaKnown ? tr("No conflicts with the project, and the quota has room.")
                                                   : tr("No conflicts with the project."));
    }
}

void LabPlanPage::fillQuota()
{
    m_quotaTree->clear();
    const QColor red(0xc6, 0x28, 0x28);
    for (const LabQuotaLine& line : std::as_const(m_quota)) {
        auto* item = new QTreeWidgetItem(m_quotaTree);
        item->setText(ResourceColumn, LabText::quotaResource(line.resource));
        item->setText(NeededColumn, QLocale().toString(line.needed));
        item->setText(UsedColumn, QLocale().toString(line.used));
        //: The quota limit of a resource when there is none
        item->setText(LimitColumn, line.limit < 0 ? tr("unlimited") : QLocale().toString(line.limit));
        item->setText(FitsColumn, line.fits() ? tr("Yes") : tr("No"));
        for (const int column : {NeededColumn, UsedColumn, LimitColumn})
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        item->setIcon(FitsColumn, LabStepText::stateIcon(line.fits() ? LabStepState::Done : LabStepState::Failed));
        if (!line.fits()) {
            for (int column = 0; column < QuotaColumnCount; ++column)
                item->setForeground(column, red);
        }
    }
    if (m_quotaError) {
        auto* item = new QTreeWidgetItem(m_quotaTree);
        item->setFirstColumnSpanned(true);
        item->setText(0, tr("Part of the quota could not be read: %1").arg(ErrorText::sentence(*m_quotaError)));
    } else if (!m_quotaKnown && m_session) {
        auto* item = new QTreeWidgetItem(m_quotaTree);
        item->setFirstColumnSpanned(true);
        item->setText(0, tr("Reading the project's limits…"));
    }
}

bool LabPlanPage::canAdvance() const
{
    return m_session && m_conflictsKnown && m_conflicts.isEmpty() && !m_steps.isEmpty();
}

QString LabPlanPage::script() const
{
    //: First lines of the exported script; %1 is the lab's name
    QString text = QStringLiteral("#!/bin/sh\n# ") +
                   tr("Lab %1, as openstack commands, in dependency order.").arg(m_plan.name) +
                   QStringLiteral("\nset -e\n");
    for (const LabStep& step : m_steps) {
        if (!step.command.isEmpty())
            text += step.command + u'\n';
    }
    return text;
}

bool LabPlanPage::waitForReadiness() const
{
    return m_waitReady->isChecked();
}

void LabPlanPage::setResumable(bool resumable)
{
    m_resumable = resumable;
    updateLabActions();
}

// What the project holds of this lab decides what may be done with it: resume, tear down, or
// deploy with Heat (only when nothing of it exists, since a stack adopts nothing).
void LabPlanPage::updateLabActions()
{
    // Heat conflicts say the lab's tagged resources exist: Deploy resumes them.
    // A stack's journal holds only its records' ids (OVHcloud): there is nothing to resume.
    m_resumeBanner->setVisible((m_resumable || !m_heatConflicts.isEmpty()) && !m_isStack);
    m_tearDown->setVisible(m_labExists);
    m_deployHeat->setEnabled(canAdvance() && m_heatConflicts.isEmpty());
    m_deployHeat->setToolTip(m_heatConflicts.isEmpty()
                                 ? tr("Submits the same lab to Heat as one stack, which the cloud builds on its own: "
                                      "for labs that outlive this session. Teardown then deletes the stack.")
                                 : LabPlanIssueText::message(m_heatConflicts.constFirst()));
}

void LabPlanPage::copyAll()
{
    QApplication::clipboard()->setText(script());
}

void LabPlanPage::chooseSaveFile()
{
    auto* dialog = new QFileDialog(this, tr("Save plan as"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(tr("Lab plans (*.yaml *.yml)"));
    dialog->setDefaultSuffix(QStringLiteral("yaml"));
    dialog->selectFile(QStringLiteral("lab.yaml"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) { savePlan(path); });
    dialog->open();
}

bool LabPlanPage::savePlan(const QString& path)
{
    return writeFile(path, LabPlanFile::write(m_plan));
}

void LabPlanPage::chooseHeatFile()
{
    auto* dialog = new QFileDialog(this, tr("Export Heat template"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(tr("Heat templates (*.yaml *.yml)"));
    dialog->setDefaultSuffix(QStringLiteral("yaml"));
    dialog->selectFile(m_plan.name + QStringLiteral("-stack.yaml"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) { exportHeatTemplate(path); });
    dialog->open();
}

bool LabPlanPage::exportHeatTemplate(const QString& path)
{
    const std::optional<LabTopology> topology = LabTopology::of(m_plan);
    return topology && writeFile(path, LabHeatTemplate::render(*topology, LabSecrets::generate()));
}

bool LabPlanPage::writeFile(const QString& path, const QByteArray& data)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit())
        return true;
    //: %1 a file path, %2 the system's reason
    m_conflictBanner->showMessage(MessageBanner::Type::Error,
                                  tr("%1 could not be written: %2").arg(path, file.errorString()));
    return false;
}

} // namespace zenith
