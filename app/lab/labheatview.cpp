#include "labheatview.h"

#include "labsteptext.h"

#include "cli/labdnscommand.h"
#include "cli/stackcommand.h"
#include "common/errortext.h"
#include "common/messagebanner.h"
#include "core/session.h"
#include "dns/dnsprovider.h"
#include "lab/labheatdeployment.h"
#include "lab/labsecrets.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace zenith {

namespace {

enum Column { TimeColumn, ResourceColumn, StatusColumn, ReasonColumn, ColumnCount };

LabStepState stateOf(const QString& heatStatus)
{
    if (heatStatus.endsWith(u"_FAILED"))
        return LabStepState::Failed;
    if (heatStatus.endsWith(u"_COMPLETE"))
        return LabStepState::Done;
    return LabStepState::Running;
}

// Heat's status in plain words; Heat's own word stays in the tooltip for the curious.
QString statusWords(const QString& heatStatus)
{
    if (heatStatus == u"CREATE_IN_PROGRESS")
        return LabHeatView::tr("Creating");
    if (heatStatus == u"CREATE_COMPLETE")
        return LabHeatView::tr("Created");
    if (heatStatus == u"CREATE_FAILED")
        return LabHeatView::tr("Failed");
    if (heatStatus == u"DELETE_IN_PROGRESS")
        return LabHeatView::tr("Deleting");
    if (heatStatus == u"DELETE_COMPLETE")
        return LabHeatView::tr("Deleted");
    if (heatStatus == u"DELETE_FAILED")
        return LabHeatView::tr("Deletion failed");
    return heatStatus;
}

} // namespace

LabHeatView::LabHeatView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("labHeatView"));
    buildUi();
    retranslateUi();
}

LabHeatView::~LabHeatView()
{
    for (QObject* child : children())
        disconnect(child, nullptr, this, nullptr);
}

void LabHeatView::buildUi()
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("labHeatSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("labHeatBanner"));
    m_banner->hide();
    m_deleteStack = new QPushButton(this);
    m_deleteStack->setObjectName(QStringLiteral("labHeatDeleteStack"));
    m_deleteStack->hide();
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("labHeatCancel"));
    m_cancel->setEnabled(false);
    m_events = new QTreeWidget(this);
    m_events->setObjectName(QStringLiteral("labHeatEvents"));
    m_events->setColumnCount(ColumnCount);
    m_events->setRootIsDecorated(false);
    m_events->setUniformRowHeights(true);
    m_events->setAlternatingRowColors(true);
    m_events->setWordWrap(false);
    m_events->header()->setStretchLastSection(true);
    for (const int column : {TimeColumn, ResourceColumn, StatusColumn})
        m_events->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_deleteStack);
    buttons->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_banner);
    layout->addLayout(buttons);
    layout->addWidget(m_events, 1);
    connect(m_cancel, &QPushButton::clicked, this, &LabHeatView::askCancel);
    connect(m_deleteStack, &QPushButton::clicked, this, &LabHeatView::deleteRequested);
}

void LabHeatView::retranslateUi()
{
    m_events->setHeaderLabels({tr("Time"), tr("Resource"), tr("Status"), tr("Heat's reason")});
    m_cancel->setText(tr("&Cancel"));
    m_cancel->setToolTip(tr("Deletes the stack, with what it created so far (asked first)."));
    //: Button under a failed Heat deployment: deletes the stack and what it made
    m_deleteStack->setText(tr("&Delete the stack…"));
    for (int i = 0; i < m_events->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_events->topLevelItem(i);
        item->setText(StatusColumn, statusWords(item->toolTip(StatusColumn)));
    }
    updateSummary();
}

void LabHeatView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void LabHeatView::begin(Session* session, const LabTopology& topology)
{
    if (m_engine) {
        m_engine->stop();
        m_engine->deleteLater();
    }
    m_session = session;
    m_topology = topology;
    m_stack.reset();
    m_error.reset();
    m_cancelled = false;
    m_done = false;
    m_banner->hide();
    m_deleteStack->hide();
    m_events->clear();
    m_engine = new LabHeatDeployment(session, topology, this);
    m_engine->setPollInterval(m_pollMs);
    connect(m_engine, &LabHeatDeployment::eventsArrived, this, &LabHeatView::addEvents);
    connect(m_engine, &LabHeatDeployment::stackChanged, this, &LabHeatView::showStack);
    connect(m_engine, &LabHeatDeployment::finished, this, &LabHeatView::engineFinished);
    connect(m_engine, &LabHeatDeployment::readinessChanged, this, &LabHeatView::updateSummary);
    connect(m_engine, &LabHeatDeployment::recordsEnsured, this, &LabHeatView::logRecords);
    if (m_dnsProvider)
        m_engine->setDnsProvider(m_dnsProvider);
}

void LabHeatView::setDnsProvider(DnsProvider* provider)
{
    m_dnsProvider = provider;
}

void LabHeatView::logRecords(const QList<DnsRecord>& records)
{
    for (const DnsRecord& r : records) {
        const QString ip = r.values.value(0);
        //: %1 a DNS name ("www.example.org."), %2 the lab's public address
        Q_EMIT commandIssued(LabDnsCommand::create(m_topology, r.name, ip), tr("Pointed %1 at %2").arg(r.name, ip));
    }
}

void LabHeatView::startCreate(Session* session, const LabTopology& topology, const LabSecrets& secrets,
                              const QString& journalPath, bool waitForReadiness)
{
    begin(session, topology);
    m_engine->setWaitForReadiness(waitForReadiness);
    m_engine->setJournalPath(journalPath);
    m_deleting = false;
    m_cancel->setEnabled(true);
    const QString name = LabHeatDeployment::stackName(topology.plan);
    Q_EMIT commandIssued(StackCommand::create(QStringLiteral("lab.yaml"), name, LabHeatDeployment::secretParameters(),
                                              {topology.plan.tag()}, 60),
                         //: %1 the stack's name
                         tr("Submitted the stack %1 to Heat").arg(name));
    m_engine->create(secrets);
    updateSummary();
}

void LabHeatView::confirmDelete()
{
    if (!m_engine || m_engine->isRunning())
        return;
    m_deleting = true;
    m_done = false;
    m_error.reset();
    m_banner->hide();
    m_deleteStack->hide();
    const QString name = LabHeatDeployment::stackName(m_topology.plan);
    Q_EMIT commandIssued(StackCommand::remove(name), tr("Deleted the stack %1").arg(name));
    m_engine->remove();
    updateSummary();
}

void LabHeatView::askCancel()
{
    if (!m_engine || !m_engine->isRunning() || m_deleting)
        return;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Deploy with Heat"),
                                tr("Cancel the deployment? Heat deletes the stack %1 with everything it created so "
                                   "far.")
                                    .arg(LabHeatDeployment::stackName(m_topology.plan)),
                                QMessageBox::NoButton, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* remove = box->addButton(tr("&Delete the stack"), QMessageBox::DestructiveRole);
    box->addButton(tr("&Continue"), QMessageBox::RejectRole);
    connect(box, &QMessageBox::buttonClicked, this, [this, remove](QAbstractButton* clicked) {
        if (clicked != remove || !m_engine)
            return;
        m_cancelled = true;
        m_cancel->setEnabled(false);
        m_engine->stop();
        confirmDelete();
    });
    box->open();
}

void LabHeatView::stop()
{
    if (m_engine)
        m_engine->stop();
    m_cancel->setEnabled(false);
}

bool LabHeatView::isRunning() const
{
    return m_engine && m_engine->isRunning();
}

LabDeployment LabHeatView::deployment() const
{
    return m_engine ? m_engine->deployment() : LabDeployment{};
}

int LabHeatView::apiCalls() const
{
    return m_engine ? m_engine->apiCalls() : 0;
}

int LabHeatView::eventRows() const
{
    return m_events->topLevelItemCount();
}

QString LabHeatView::statusText() const
{
    return m_summary->text();
}

QString LabHeatView::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void LabHeatView::addEvents(const QList<StackEvent>& events)
{
    for (const StackEvent& e : events) {
        auto* item = new QTreeWidgetItem(m_events);
        item->setText(TimeColumn, QLocale().toString(e.eventTime.toLocalTime().time(), QLocale::ShortFormat));
        item->setText(ResourceColumn, e.resourceName);
        item->setToolTip(ResourceColumn, e.physicalResourceId);
        item->setIcon(StatusColumn, LabStepText::stateIcon(stateOf(e.resourceStatus)));
        item->setText(StatusColumn, statusWords(e.resourceStatus));
        item->setToolTip(StatusColumn, e.resourceStatus);
        item->setText(ReasonColumn, e.resourceStatusReason);
        item->setToolTip(ReasonColumn, e.resourceStatusReason);
    }
    if (!events.isEmpty())
        m_events->scrollToBottom();
    updateSummary();
}

void LabHeatView::showStack(const Stack& stack)
{
    m_stack = stack;
    updateSummary();
}

void LabHeatView::engineFinished(bool succeeded, const std::optional<ApiError>& error)
{
    m_done = true;
    m_error = error;
    m_cancel->setEnabled(false);
    if (!succeeded && error) {
        QString text;
        if (const std::optional<StackEvent> failure = m_engine->failure()) {
            //: %1 the template's resource that failed ("server_db"), %2 Heat's reason, verbatim
            text = tr("Heat could not create %1:\n%2").arg(failure->resourceName, failure->resourceStatusReason);
        } else if (m_engine->recordsFailed()) {
            //: %1 why (the DNS provider's answer)
            text = tr("The domain's A records could not be pointed at the lab: %1\nThe stack itself is complete. "
                      "Delete it, correct the domain on the Access page, and deploy again.")
                       .arg(ErrorText::message(*error));
        } else {
            text = ErrorText::message(*error);
        }
        m_banner->showMessage(MessageBanner::Type::Error, text);
        m_banner->show();
        // A failed stack keeps what it made: deleting it is one click away.
        m_deleteStack->setVisible(!m_deleting && m_stack.has_value());
    } else if (succeeded && m_cancelled) {
        m_banner->showMessage(MessageBanner::Type::Warning,
                              tr("Deployment cancelled: the stack and what it created are deleted."));
        m_banner->show();
    }
    updateSummary();
    Q_EMIT finished(succeeded && !m_cancelled);
}

void LabHeatView::updateSummary()
{
    const QString name = LabHeatDeployment::stackName(m_topology.plan);
    const int total = m_engine ? m_engine->resourceCount() : 0;
    const int created = m_engine ? m_engine->createdCount() : 0;
    QString text;
    if (!m_engine) {
        text = tr("Nothing submitted to Heat yet.");
    } else if (m_deleting) {
        text = m_done && !m_error ? tr("The stack %1 is deleted: nothing of the lab remains.").arg(name)
                                  : tr("Deleting the stack %1: Heat removes its resources in reverse order…").arg(name);
    } else if (m_done && !m_error) {
        //: %1 the stack's name, %n its resources
        text = tr("The stack %1 is complete: %n resource(s) created.", nullptr, created).arg(name);
    } else if (m_done && m_stack && m_stack->status == u"CREATE_COMPLETE") {
        // What follows the stack failed: its records, or a server's setup (readiness).
        text = m_engine->recordsFailed()
                   ? tr("The stack %1 is complete, but the domain's records are not set.").arg(name)
                   : tr("The stack %1 is complete, but a server's setup failed.").arg(name);
    } else if (m_done) {
        text = tr("The stack %1 failed.").arg(name);
    } else if (m_engine->isWaitingForReadiness()) {
        //: %1 the stack's name, %2 servers ready, %3 all of them
        text = tr("The stack %1 is complete. Waiting for each server's software to be set up: %2 of %3 ready.")
                   .arg(name)
                   .arg(m_engine->readyCount())
                   .arg(m_topology.servers.size());
    } else {
        //: %1 the stack's name, %2 resources created so far, %3 all of them; the events follow below
        text = tr("Heat is creating the stack %1: %2 of %3 resources created. Its events appear below as they "
                  "happen.")
                   .arg(name)
                   .arg(created)
                   .arg(total);
    }
    m_summary->setText(text);
    // Cancel belongs to a creation under way only.
    m_cancel->setVisible(m_engine && !m_deleting && !m_done);
}

} // namespace zenith
