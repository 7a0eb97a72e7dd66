#include "labresultpage.h"

#include "labchecktext.h"
#include "labsnapshotbox.h"
#include "labsteptext.h"

#include "common/errortext.h"
#include "common/icons.h"
#include "common/messagebanner.h"
#include "common/quoted.h"
#include "core/session.h"
#include "lab/labverifier.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScopeGuard>
#include <QScrollArea>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace zenith {

namespace {

const QString kUser = QStringLiteral("debian"); // the Debian cloud images' user

} // namespace

LabResultPage::LabResultPage(QWidget* parent)
    : LabWizardPage(parent)
{
    setObjectName(QStringLiteral("labResultPage"));
    buildUi();
    retranslateUi();
}

LabResultPage::~LabResultPage()
{
    disconnectChildren();
}

QString LabResultPage::title() const
{
    //: The last step of the lab wizard: addresses, SSH commands and the checklist
    return tr("Result");
}

void LabResultPage::buildUi()
{
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("labResultHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::RichText);
    m_headline->setOpenExternalLinks(true);
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_headline->setFont(big);

    m_accessBox = new QGroupBox(this);
    // Twenty web servers make twenty-four rows: they scroll rather than crush the checklist.
    auto* accessRows = new QWidget;
    m_accessGrid = new QGridLayout(accessRows);
    m_accessGrid->setColumnStretch(1, 1);
    m_accessGrid->setContentsMargins(0, 0, 0, 0);
    m_accessGrid->setVerticalSpacing(6);
    auto* accessScroll = new QScrollArea(m_accessBox);
    accessScroll->setObjectName(QStringLiteral("labAccessScroll"));
    accessScroll->setWidget(accessRows);
    accessScroll->setWidgetResizable(true);
    accessScroll->setFrameShape(QFrame::NoFrame);
    accessScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_accessScroll = accessScroll;
    auto* accessLayout = new QVBoxLayout(m_accessBox);
    accessLayout->addWidget(accessScroll);

    m_checkBox = new QGroupBox(this);
    m_checkSummary = new QLabel(m_checkBox);
    m_checkSummary->setObjectName(QStringLiteral("labCheckSummary"));
    m_checkSummary->setWordWrap(true);
    m_banner = new MessageBanner(m_checkBox);
    m_banner->hide();
    m_checkTree = new QTreeWidget(m_checkBox);
    m_checkTree->setObjectName(QStringLiteral("labChecklist"));
    m_checkTree->setColumnCount(2);
    m_checkTree->setWordWrap(true);
    m_checkTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_checkTree->header()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_checkTree->header()->setStretchLastSection(false);
    m_checkTree->header()->resizeSection(1, fontMetrics().averageCharWidth() * 30);
    m_verify = new QPushButton(m_checkBox);
    m_verify->setObjectName(QStringLiteral("labVerifyAgain"));
    m_export = new QPushButton(m_checkBox);
    m_export->setObjectName(QStringLiteral("labExportChecklist"));
    m_teardown = new QPushButton(this);
    m_teardown->setObjectName(QStringLiteral("labTearDown"));
    auto* checkButtons = new QHBoxLayout;
    checkButtons->addWidget(m_checkSummary, 1);
    checkButtons->addWidget(m_verify);
    checkButtons->addWidget(m_export);
    auto* checkLayout = new QVBoxLayout(m_checkBox);
    checkLayout->addLayout(checkButtons);
    checkLayout->addWidget(m_banner);
    checkLayout->addWidget(m_checkTree, 1);

    auto* top = new QHBoxLayout;
    top->addWidget(m_headline, 1);
    top->addWidget(m_teardown, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_accessBox);
    // The checklist, what a student comes for, before the snapshots, which are on demand.
    layout->addWidget(m_checkBox, 1);
    m_snapshots = new LabSnapshotBox(this);
    layout->addWidget(m_snapshots);
    connect(m_snapshots, &LabSnapshotBox::commandIssued, this, &LabResultPage::commandIssued);
    connect(m_snapshots, &LabSnapshotBox::messageShown, this, [this](MessageBanner::Type type, const QString& text) {
        m_banner->showMessage(type, text);
        m_banner->show();
    });
    connect(m_verify, &QPushButton::clicked, this, &LabResultPage::verify);
    connect(m_export, &QPushButton::clicked, this, &LabResultPage::chooseExportFile);
    connect(m_teardown, &QPushButton::clicked, this, &LabResultPage::teardownRequested);
}

void LabResultPage::retranslateUi()
{
    m_accessBox->setTitle(tr("Access"));
    m_checkBox->setTitle(tr("Checklist"));
    m_checkTree->setHeaderLabels({tr("Check"), tr("Detail")});
    m_verify->setText(tr("&Verify again"));
    m_export->setText(tr("E&xport checklist…"));
    m_teardown->setText(tr("&Tear down…"));
    m_teardown->setToolTip(tr("Deletes everything the lab created, after showing you the list."));
    fillAccess();
    fillChecks();
}

void LabResultPage::setDnsProvider(DnsProvider* provider)
{
    m_dnsProvider = provider;
}

void LabResultPage::showResult(Session* session, const LabTopology& topology, const LabDeployment& deployment,
                               bool checkReadiness)
{
    m_session = session;
    m_topology = topology;
    m_deployment = deployment;
    m_checkReadiness = checkReadiness;
    fillAccess();
    m_snapshots->setLab(session, topology);
    verify();
}

void LabResultPage::clear()
{
    m_deployment = {};
    m_checks.clear();
    m_snapshots->clear();
    fillAccess();
    fillChecks();
}

QString LabResultPage::url() const
{
    if (!m_topology.plan.domain.isEmpty() && m_topology.plan.dnsProvider != LabDnsProvider::None)
        return (m_topology.plan.tlsEmail.isEmpty() ? QStringLiteral("http://") : QStringLiteral("https://")) +
               m_topology.plan.domain + u'/';
    return m_deployment.publicIp.isEmpty() ? QString() : QStringLiteral("http://") + m_deployment.publicIp + u'/';
}

QStringList LabResultPage::sshCommands() const
{
    QStringList commands;
    if (m_deployment.publicIp.isEmpty())
        return commands;
    const QString gateway = kUser + u'@' + m_deployment.publicIp;
    for (const LabServer& server : m_topology.servers) {
        if (server.role == LabRole::LoadBalancer) {
            commands.prepend(QStringLiteral("ssh ") + gateway);
            continue;
        }
        const LabPort* port = server.ports.isEmpty() ? nullptr : m_topology.port(server.ports.constFirst());
        if (port && !port->fixedIp.isEmpty())
            commands << QStringLiteral("ssh -J %1 %2@%3").arg(gateway, kUser, port->fixedIp);
    }
    return commands;
}

void LabResultPage::addCopyRow(int row, const QString& label, const QString& text)
{
    QWidget* rows = m_accessScroll->widget();
    auto* name = new QLabel(label, rows);
    auto* field = new QLineEdit(text, rows);
    field->setReadOnly(true);
    field->setCursorPosition(0);
    field->setObjectName(QStringLiteral("labCopyField"));
    auto* copy = new QToolButton(rows);
    copy->setIcon(Icons::icon(QStringLiteral("copy")));
    //: Tooltip of a button copying a command or address to the clipboard
    copy->setToolTip(tr("Copy"));
    copy->setAutoRaise(true);
    connect(copy, &QToolButton::clicked, this, [text] { QApplication::clipboard()->setText(text); });
    m_accessGrid->addWidget(name, row, 0);
    m_accessGrid->addWidget(field, row, 1);
    m_accessGrid->addWidget(copy, row, 2);
}

void LabResultPage::fillAccess()
{
    while (QLayoutItem* item = m_accessGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (m_deployment.publicIp.isEmpty()) {
        m_headline->setText(tr("The lab is not deployed yet."));
        m_accessBox->hide();
        m_snapshots->hide();
        return;
    }
    m_accessBox->show();
    m_snapshots->show();
    const QString link = url();
    //: %1 the lab's name, %2 a link to its web site
    m_headline->setText(tr("The lab %1 is up: open %2 — each reload may answer from another web server.")
                            .arg(quoted(m_topology.plan.name).toHtmlEscaped(),
                                 QStringLiteral("<a href=\"%1\">%1</a>").arg(link.toHtmlEscaped())));
    int row = 0;
    const auto fitRows = qScopeGuard([this, &row] {
        // Up to eight rows show at once; more scroll.
        const int all = m_accessGrid->sizeHint().height();
        m_accessScroll->setFixedHeight(row <= 8 ? all : all * 8 / row);
    });
    addCopyRow(row++, tr("Public address:"), m_deployment.publicIp);
    addCopyRow(row++, tr("Web site:"), link);
    const QStringList commands = sshCommands();
    QStringList names;
    for (const LabServer& server : m_topology.servers) {
        if (server.role != LabRole::LoadBalancer)
            names << server.name;
    }
    for (int i = 0; i < commands.size(); ++i) {
        //: Label of the SSH command of the gateway (the load balancer)
        const QString label = i == 0 ? tr("SSH to the gateway:")
                                     //: Label of the SSH command of a private server; %1 its name
                                     : tr("SSH to %1:").arg(names.value(i - 1));
        addCopyRow(row++, label, commands.at(i));
    }
}

void LabResultPage::verify()
{
    if (m_verifying || !m_session || m_deployment.publicIp.isEmpty())
        return;
    m_verifying = true;
    m_verify->setEnabled(false);
    m_banner->hide();
    m_checkSummary->setText(tr("Verifying the lab…"));
    if (m_verifier)
        m_verifier->deleteLater();
    m_verifier = new LabVerifier(m_session, m_topology, this);
    m_verifier->setCheckReadiness(m_checkReadiness);
    if (m_dnsProvider)
        m_verifier->setDnsProvider(m_dnsProvider);
    connect(m_verifier, &LabVerifier::failed, this, [this](const ApiError& error) {
        m_banner->showMessage(MessageBanner::Type::Error,
                              tr("The lab could not be verified.") + u'\n' + ErrorText::message(error));
        m_banner->show();
    });
    connect(m_verifier, &LabVerifier::finished, this, [this](const QList<LabCheck>& checks) {
        m_verifying = false;
        m_verify->setEnabled(true);
        m_checks = checks;
        fillChecks();
        Q_EMIT verified(!checks.isEmpty() && LabCheck::allPassed(checks));
    });
    m_verifier->start();
}

void LabResultPage::fillChecks()
{
    m_checkTree->clear();
    int red = 0;
    for (const LabCheck& check : std::as_const(m_checks)) {
        red += check.passed ? 0 : 1;
        auto* item = new QTreeWidgetItem(m_checkTree);
        const LabStepState shown = check.skipped  ? LabStepState::Skipped
                                   : check.passed ? LabStepState::Done
                                                  : LabStepState::Failed;
        item->setIcon(0, LabStepText::stateIcon(shown));
        item->setText(0, LabCheckText::title(check.kind));
        item->setText(1, check.detail);
        item->setToolTip(0, LabCheckText::explanation(check.kind));
        item->setToolTip(1, check.detail);
        auto* why = new QTreeWidgetItem(item);
        why->setFirstColumnSpanned(true);
        //: Under a check of the lab's checklist: why it matters
        why->setText(0, tr("Why: %1").arg(LabCheckText::explanation(check.kind)));
        why->setToolTip(0, why->text(0));
        if (check.skipped) {
            auto* skipped = new QTreeWidgetItem(item);
            skipped->setFirstColumnSpanned(true);
            skipped->setText(0, tr("Not checked here: this cloud does not show what it needs."));
        } else if (!check.passed) {
            auto* fix = new QTreeWidgetItem(item);
            fix->setFirstColumnSpanned(true);
            //: Under a red check of the lab's checklist: what to do
            fix->setText(0, tr("Fix: %1").arg(LabCheckText::fix(check.kind, m_topology.plan.name)));
            fix->setToolTip(0, fix->text(0));
            item->setExpanded(true);
        }
    }
    m_export->setEnabled(!m_checks.isEmpty());
    if (m_verifying)
        return;
    if (m_checks.isEmpty())
        m_checkSummary->setText(m_deployment.publicIp.isEmpty() ? QString() : tr("Not verified yet."));
    else if (red == 0)
        //: %n checks
        m_checkSummary->setText(tr("All %n check(s) are green.", nullptr, int(m_checks.size())));
    else
        //: %n red checks; the fix is shown under each
        m_checkSummary->setText(tr("%n check(s) are red: the fix is under each.", nullptr, red));
}

void LabResultPage::chooseExportFile()
{
    auto* dialog = new QFileDialog(this, tr("Export checklist"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters({tr("Markdown (*.md)"), tr("JSON (*.json)")});
    dialog->setDefaultSuffix(QStringLiteral("md"));
    dialog->selectFile(m_topology.plan.name + QStringLiteral("-checklist.md"));
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog](const QString& filter) {
        dialog->setDefaultSuffix(filter.contains(u"json") ? QStringLiteral("json") : QStringLiteral("md"));
    });
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) { exportChecklist(path); });
    dialog->open();
}

bool LabResultPage::exportChecklist(const QString& path)
{
    const QByteArray data = path.endsWith(u".json", Qt::CaseInsensitive)
                                ? LabCheck::toJson(m_checks)
                                : LabCheckText::markdown(m_checks, m_topology.plan.name).toUtf8();
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit())
        return true;
    m_banner->showMessage(MessageBanner::Type::Error,
                          //: %1 a file path, %2 the system's reason
                          tr("The checklist could not be saved to %1: %2").arg(path, file.errorString()));
    m_banner->show();
    return false;
}

} // namespace zenith
