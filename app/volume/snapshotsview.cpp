#include "snapshotsview.h"

#include "snapshotsmodel.h"
#include "volumecontext.h"
#include "volumecreatedialog.h"
#include "volumerules.h"

#include "cli/volumecommand.h"
#include "common/collectionstateview.h"
#include "common/errortext.h"
#include "common/messagebanner.h"
#include "common/quoted.h"
#include "core/session.h"
#include "core/whenfinished.h"
#include "stores/volumesnapshotstore.h"
#include "stores/volumestore.h"
#include "volume/deletevolumesnapshotrequest.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace zenith {

namespace {

QString labelOf(const VolumeSnapshot& snapshot)
{
    return snapshot.name.isEmpty() ? snapshot.id : snapshot.name;
}

} // namespace

SnapshotsSection::SnapshotsSection(VolumeContext* context, QWidget* parent)
    : PaneSection(parent)
    , m_context(context)
    , m_model(new SnapshotsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("snapshotsSection"));
    m_model->setStore(context->snapshots());
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SnapshotsModel::SortRole);
    m_proxy->setFilterRole(SnapshotsModel::SearchRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    buildUi();
    VolumeStore* volumes = context->volumes();
    for (auto signal : {&VolumeStore::volumesAdded, &VolumeStore::volumesChanged})
        connect(volumes, signal, this, &SnapshotsSection::updateVolumeNames);
    connect(volumes, &VolumeStore::volumesRemoved, this, &SnapshotsSection::updateVolumeNames);
    connect(context->snapshots(), &VolumeSnapshotStore::failed, this, [this](const ApiError& error) {
        m_failed = true;
        m_banner->showMessage(MessageBanner::Type::Error,
                              QString(tr("The snapshots could not be listed.") % u'\n' % ErrorText::message(error)));
        m_banner->setVisible(m_model->rowCount() > 0);
        updateState();
    });
    connect(context->snapshots(), &VolumeSnapshotStore::loadingFinished, this, [this] {
        if (m_failed)
            m_banner->hide();
        m_failed = false;
        updateState();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &SnapshotsSection::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &SnapshotsSection::updateState);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &SnapshotsSection::updateState);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SnapshotsSection::updateState);
    retranslateUi();
}

SnapshotsSection::~SnapshotsSection()
{
    disconnectChildren();
}

void SnapshotsSection::buildUi()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("snapshotSearch"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    m_count = new QLabel(this);
    m_createVolume = new QPushButton(this);
    m_createVolume->setObjectName(QStringLiteral("createVolumeFromSnapshot"));
    m_delete = new QPushButton(this);
    m_delete->setObjectName(QStringLiteral("deleteSnapshots"));
    connect(m_createVolume, &QPushButton::clicked, this, &SnapshotsSection::createVolume);
    connect(m_delete, &QPushButton::clicked, this, &SnapshotsSection::deleteSelected);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_count);
    bar->addSpacing(12);
    bar->addWidget(m_createVolume);
    bar->addWidget(m_delete);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("snapshotsTable"));
    m_states = new CollectionStateView(m_view, QStringLiteral("snapshots"), this);
    connect(m_states, &CollectionStateView::retryRequested, this, [this] {
        m_failed = false;
        m_banner->hide();
        m_context->snapshots()->refresh();
        updateState();
    });
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(SnapshotsModel::Name, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(SnapshotsModel::Name, 200);
    m_view->setColumnWidth(SnapshotsModel::Status, 130);
    m_view->setColumnWidth(SnapshotsModel::SourceVolume, 200);
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("snapshotsMessage"));
    m_banner->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_banner);
    layout->addWidget(m_states, 1);
}

QString SnapshotsSection::title() const
{
    //: Volumes pane tab: snapshots of the project's volumes
    return tr("Snapshots");
}

void SnapshotsSection::setSession(Session* session)
{
    m_failed = false;
    m_banner->hide();
    m_context->setSession(session);
    updateState();
}

void SnapshotsSection::setActive(bool active)
{
    m_context->setActive(this, active);
    updateState();
}

SnapshotsModel* SnapshotsSection::model() const
{
    return m_model;
}

QTableView* SnapshotsSection::view() const
{
    return m_view;
}

QList<VolumeSnapshot> SnapshotsSection::selectedSnapshots() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QList<VolumeSnapshot> snapshots;
    for (const QModelIndex& index : std::as_const(rows)) {
        const int row = m_model->rowOf(index.data(SnapshotsModel::IdRole).toString());
        if (row >= 0)
            snapshots << m_model->itemAt(row);
    }
    return snapshots;
}

VolumeCreateDialog* SnapshotsSection::createVolume()
{
    const QList<VolumeSnapshot> selected = selectedSnapshots();
    if (selected.size() != 1 || !m_context->session())
        return nullptr;
    auto* dialog = new VolumeCreateDialog(m_context->session(), m_context->snapshots()->snapshots(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSnapshot(selected.first().id);
    connect(dialog, &VolumeCreateDialog::commandIssued, this, &SnapshotsSection::commandIssued);
    connect(dialog, &VolumeCreateDialog::created, this, [this](const Volume& volume) {
        m_context->volumes()->insert(volume);
        m_banner->showMessage(
            MessageBanner::Type::Information,
            tr("Volume %1 is being created: see the Volumes tab.").arg(quoted(VolumeRules::label(volume))));
        m_banner->show();
    });
    dialog->open();
    return dialog;
}

QMessageBox* SnapshotsSection::deleteSelected()
{
    const QList<VolumeSnapshot> snapshots = selectedSnapshots();
    if (snapshots.isEmpty() || !m_context->session())
        return nullptr;
    QStringList names;
    for (const VolumeSnapshot& snapshot : snapshots)
        names << labelOf(snapshot);
    QStringList lines{tr("Delete these %n snapshot(s)?", nullptr, int(names.size())), QString()};
    for (const QString& name : std::as_const(names))
        lines << QString(u"• " + name);
    auto* box =
        new QMessageBox(QMessageBox::Question, tr("Delete Snapshots"), lines.join(u'\n'), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmDeleteSnapshots"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(tr("Their volumes stay as they are; the copies kept in the snapshots are gone for good."));
    QPushButton* confirm = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmDelete"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, confirm, snapshots, names] {
        if (box->clickedButton() != confirm || !m_context->session())
            return;
        Q_EMIT commandIssued(VolumeCommand::snapshotDelete(names),
                             tr("Deletes %n snapshot(s).", nullptr, int(names.size())));
        for (const VolumeSnapshot& snapshot : snapshots) {
            whenFinished(m_context->session()->send(DeleteVolumeSnapshotRequest{snapshot.id}), this,
                         [this, snapshot](const Result<NoContent>& result) {
                             if (!result) {
                                 m_banner->showMessage(
                                     MessageBanner::Type::Error,
                                     QString(tr("%1 could not be deleted.").arg(quoted(labelOf(snapshot))) % u'\n' %
                                             ErrorText::message(result.error())));
                                 m_banner->show();
                             }
                             m_context->snapshots()->watch(snapshot.id);
                         });
        }
    });
    box->open();
    return box;
}

void SnapshotsSection::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    PaneSection::changeEvent(event);
}

void SnapshotsSection::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search snapshots by name, status or volume"));
    //: Button: make a new volume holding the selected snapshot's data
    m_createVolume->setText(tr("&Create Volume…"));
    m_delete->setText(tr("&Delete…"));
    m_states->setTexts(tr("Sign in to a cloud to see your volume snapshots."), tr("Loading snapshots…"),
                       //: The empty Snapshots tab
                       tr("This project has no volume snapshots yet.\nA snapshot keeps a volume's data as it is "
                          "now: take one in the Volumes tab, and make new volumes from it here."));
    updateState();
}

void SnapshotsSection::updateState()
{
    const int rows = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_count->setText(shown == rows ? tr("%n snapshot(s)", nullptr, rows) : tr("%1 of %2").arg(shown).arg(rows));
    const QList<VolumeSnapshot> selected = selectedSnapshots();
    const bool signedIn = m_context->session() != nullptr;
    m_createVolume->setEnabled(signedIn && selected.size() == 1 && selected.first().status == u"available");
    m_delete->setEnabled(signedIn && !selected.isEmpty());
    m_states->setFacts({rows > 0, signedIn, m_failed, !m_context->snapshots()->isLoaded()}, m_banner->text());
}

void SnapshotsSection::updateVolumeNames()
{
    QHash<QString, QString> names;
    for (const Volume& volume : m_context->volumes()->volumes())
        names.insert(volume.id, VolumeRules::label(volume));
    m_model->setVolumeNames(names);
}

} // namespace zenith
