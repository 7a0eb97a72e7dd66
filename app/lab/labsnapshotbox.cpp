#include "labsnapshotbox.h"

#include "cli/labsnapshotcommand.h"
#include "common/errortext.h"
#include "lab/labdatabasesnapshot.h"
#include "volume/volumestatus.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace zenith {

LabSnapshotBox::LabSnapshotBox(QWidget* parent)
    : QGroupBox(parent)
{
    setObjectName(QStringLiteral("labSnapshotBox"));
    m_why = new QLabel(this);
    m_why->setWordWrap(true);
    m_take = new QPushButton(this);
    m_take->setObjectName(QStringLiteral("labSnapshotDatabase"));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("labSnapshotList"));
    m_list->setColumnCount(3);
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    // Two rows show; more scroll: the checklist below keeps its room.
    m_list->setFixedHeight(m_list->header()->sizeHint().height() + 2 * (fontMetrics().height() + 8) + 4);

    auto* top = new QHBoxLayout;
    top->addWidget(m_why, 1);
    top->addWidget(m_take, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_list);
    connect(m_take, &QPushButton::clicked, this, &LabSnapshotBox::takeSnapshot);
    retranslateUi();
}

LabSnapshotBox::~LabSnapshotBox()
{
    for (QObject* child : children())
        disconnect(child, nullptr, this, nullptr);
}

void LabSnapshotBox::retranslateUi()
{
    setTitle(tr("Database snapshots"));
    m_why->setText(tr("A snapshot is the cloud's own copy of the database volume at one moment: to restore, "
                      "create a new volume from it and attach it to the database server."));
    m_take->setText(tr("&Snapshot the database"));
    m_take->setToolTip(tr("Snapshots the volume %1 while it stays attached (--force): the copy is what a power "
                          "cut would have left on the disk.")
                           .arg(m_topology.volumeName));
    //: Columns of the list of the lab's database snapshots
    m_list->setHeaderLabels({tr("Snapshot"), tr("Status"), tr("Taken")});
    fill();
}

void LabSnapshotBox::changeEvent(QEvent* event)
{
    QGroupBox::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

bool LabSnapshotBox::isTaking() const
{
    return m_job && m_job->isTaking();
}

LabDatabaseSnapshot* LabSnapshotBox::newJob()
{
    if (m_job)
        m_job->deleteLater();
    m_job = new LabDatabaseSnapshot(m_session, m_topology, this);
    connect(m_job, &LabDatabaseSnapshot::listed, this, [this](const QList<VolumeSnapshot>& all) {
        m_snapshots = all;
        fill();
    });
    connect(m_job, &LabDatabaseSnapshot::failed, this, [this](const ApiError& error) {
        const bool taking = !m_taking.isEmpty();
        m_taking.clear();
        m_take->setEnabled(true);
        const QString what =
            taking ? tr("The database could not be snapshotted.") : tr("The lab's snapshots could not be listed.");
        Q_EMIT messageShown(MessageBanner::Type::Error, what + u'\n' + ErrorText::message(error));
    });
    return m_job;
}

void LabSnapshotBox::setLab(Session* session, const LabTopology& topology)
{
    m_session = session;
    m_topology = topology;
    m_snapshots.clear();
    retranslateUi();
    if (m_session)
        newJob()->list();
}

void LabSnapshotBox::clear()
{
    if (m_job)
        m_job->deleteLater();
    m_session = nullptr;
    m_snapshots.clear();
    m_taking.clear();
    m_take->setEnabled(true);
    fill();
}

void LabSnapshotBox::takeSnapshot()
{
    if (!m_session || isTaking())
        return;
    m_take->setEnabled(false);
    LabDatabaseSnapshot* job = newJob();
    m_taking = LabDatabaseSnapshot::nameAt(m_topology.plan, QDateTime::currentDateTimeUtc());
    Q_EMIT messageShown(MessageBanner::Type::Information,
                        //: %1 the database volume's name
                        tr("Looking for the volume %1…").arg(m_topology.volumeName));
    connect(job, &LabDatabaseSnapshot::started, this, [this](const QString& name, const QString& command) {
        m_taking = name;
        //: %1 snapshot name; shown beside its `openstack` command
        Q_EMIT commandIssued(command, tr("Snapshot %1 of the lab's database").arg(name));
    });
    connect(job, &LabDatabaseSnapshot::statusChanged, this, [this](const VolumeSnapshot& s) {
        //: %1 snapshot name, %2 its status (Creating, Available…)
        Q_EMIT messageShown(MessageBanner::Type::Information,
                            tr("Snapshot %1: %2…").arg(s.name, VolumeStatus::text(s.status).toLower()));
    });
    connect(job, &LabDatabaseSnapshot::taken, this, [this](const VolumeSnapshot& s) {
        m_taking.clear();
        m_take->setEnabled(true);
        //: %1 snapshot name, %2 the `openstack` command that restores it
        Q_EMIT messageShown(MessageBanner::Type::Information,
                            tr("Snapshot %1 is available. To restore it: %2")
                                .arg(s.name, LabSnapshotCommand::restore(m_topology, s.name)));
    });
    job->take();
}

void LabSnapshotBox::fill()
{
    m_list->clear();
    for (const VolumeSnapshot& s : std::as_const(m_snapshots)) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, s.name);
        item->setIcon(1, VolumeStatus::icon(s.status));
        item->setText(1, VolumeStatus::text(s.status));
        item->setText(2, QLocale().toString(s.createdAt.toLocalTime(), QLocale::ShortFormat));
        item->setToolTip(0, s.id);
    }
    if (m_snapshots.isEmpty()) {
        auto* none = new QTreeWidgetItem(m_list);
        none->setFirstColumnSpanned(true);
        none->setDisabled(true);
        none->setText(0, tr("No snapshot of the database yet."));
    }
    m_take->setEnabled(m_session && !isTaking());
}

} // namespace zenith
