#include "volumesview.h"

#include "volumeactions.h"
#include "volumecontext.h"
#include "volumerules.h"
#include "volumesmodel.h"
#include "volumestatus.h"

#include "common/busyindicator.h"
#include "common/collectionstateview.h"
#include "common/errortext.h"
#include "common/messagebanner.h"
#include "common/quoted.h"
#include "core/session.h"
#include "stores/volumestore.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace zenith {

VolumesSection::VolumesSection(VolumeContext* context, QWidget* parent)
    : PaneSection(parent)
    , m_context(context)
    , m_model(new VolumesModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_actions(new VolumeActions(context, this))
{
    setObjectName(QStringLiteral("volumesSection"));
    m_model->setStore(context->volumes());
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(VolumesModel::SortRole);
    m_proxy->setFilterRole(VolumesModel::SearchRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    buildUi();

    VolumeStore* store = context->volumes();
    connect(store, &VolumeStore::failed, this, &VolumesSection::showError);
    connect(store, &VolumeStore::loadingFinished, this, [this] {
        if (m_failed)
            m_banner->hide();
        m_failed = false;
        updateState();
    });
    connect(context, &VolumeContext::serversLoaded, this, [this] {
        m_model->setServerNames(m_context->serverNames());
        updateDetails();
    });
    connect(m_actions, &VolumeActions::commandIssued, this, &VolumesSection::commandIssued);
    connect(m_actions, &VolumeActions::message, this,
            [this](MessageBanner::Type type, const QString& text) { showMessage(int(type), text); });
    connect(m_actions, &VolumeActions::created, this, &VolumesSection::selectVolume);
    for (QAbstractItemModel* model :
         {static_cast<QAbstractItemModel*>(m_model), static_cast<QAbstractItemModel*>(m_proxy)}) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &VolumesSection::updateState);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &VolumesSection::updateState);
    }
    // A polled volume changes status under the selection: the buttons and details follow it.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        updateActions();
        updateDetails();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        updateDetails();
    });
    retranslateUi();
}

VolumesSection::~VolumesSection()
{
    disconnectChildren();
}

void VolumesSection::buildUi()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("volumeSearch"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    m_busy = new BusyIndicator(this);
    m_count = new QLabel(this);
    auto button = [this](const char* name) {
        auto* b = new QPushButton(this);
        b->setObjectName(QString::fromLatin1(name));
        return b;
    };
    m_create = button("createVolume");
    m_attach = button("attachVolume");
    m_detach = button("detachVolume");
    m_extend = button("extendVolume");
    m_snapshot = button("snapshotVolume");
    m_delete = button("deleteVolumes");
    connect(m_create, &QPushButton::clicked, m_actions, &VolumeActions::create);
    connect(m_attach, &QPushButton::clicked, this, [this] {
        if (const auto volumes = selectedVolumes(); volumes.size() == 1)
            m_actions->attach(volumes.first());
    });
    connect(m_detach, &QPushButton::clicked, this, [this] {
        if (const auto volumes = selectedVolumes(); volumes.size() == 1)
            m_actions->detach(volumes.first());
    });
    connect(m_extend, &QPushButton::clicked, this, [this] {
        if (const auto volumes = selectedVolumes(); volumes.size() == 1)
            m_actions->extend(volumes.first());
    });
    connect(m_snapshot, &QPushButton::clicked, this, [this] {
        if (const auto volumes = selectedVolumes(); volumes.size() == 1)
            m_actions->snapshot(volumes.first());
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (const auto volumes = selectedVolumes(); !volumes.isEmpty())
            m_actions->remove(volumes);
    });
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_busy);
    bar->addWidget(m_count);
    bar->addSpacing(12);
    for (QPushButton* b : {m_create, m_attach, m_detach, m_extend, m_snapshot, m_delete})
        bar->addWidget(b);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("volumesTable"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(VolumesModel::Name, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(VolumesModel::Name, 180);
    m_view->setColumnWidth(VolumesModel::Status, 130);
    m_view->setColumnWidth(VolumesModel::Size, 70);
    m_view->setColumnWidth(VolumesModel::Type, 110);
    m_view->setColumnWidth(VolumesModel::Bootable, 80);
    m_view->setColumnWidth(VolumesModel::AttachedTo, 200);
    m_view->setColumnWidth(VolumesModel::Zone, 140);
    m_states = new CollectionStateView(m_view, QStringLiteral("volumes"), this);
    connect(m_states, &CollectionStateView::retryRequested, this, [this] {
        m_failed = false;
        m_banner->hide();
        m_context->volumes()->refresh();
        updateState();
    });
    connect(m_states, &CollectionStateView::emptyActionTriggered, m_create, &QPushButton::click);

    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("volumeDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("volumesMessage"));
    m_banner->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_banner);
    layout->addWidget(m_states, 1);
    layout->addWidget(m_details);
}

QString VolumesSection::title() const
{
    //: Volumes pane tab: the project's block storage volumes
    return tr("Volumes");
}

void VolumesSection::setSession(Session* session)
{
    m_failed = false;
    m_banner->hide();
    m_context->setSession(session);
    updateState();
}

void VolumesSection::setActive(bool active)
{
    m_context->setActive(this, active);
    updateState();
}

VolumesModel* VolumesSection::model() const
{
    return m_model;
}

QTableView* VolumesSection::view() const
{
    return m_view;
}

QLineEdit* VolumesSection::searchField() const
{
    return m_search;
}

MessageBanner* VolumesSection::banner() const
{
    return m_banner;
}

VolumeActions* VolumesSection::actions() const
{
    return m_actions;
}

QLabel* VolumesSection::details() const
{
    return m_details;
}

QList<Volume> VolumesSection::selectedVolumes() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QList<Volume> volumes;
    for (const QModelIndex& index : std::as_const(rows)) {
        const int row = m_model->rowOf(index.data(VolumesModel::IdRole).toString());
        if (row >= 0)
            volumes << m_model->itemAt(row);
    }
    return volumes;
}

bool VolumesSection::selectVolume(const QString& id)
{
    const int row = m_model->rowOf(id);
    QModelIndex shown = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
    if (row >= 0 && !shown.isValid()) {
        m_search->clear();
        shown = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    if (!shown.isValid())
        return false;
    m_view->selectionModel()->select(shown, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->setCurrentIndex(shown);
    m_view->scrollTo(shown);
    return true;
}

void VolumesSection::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    PaneSection::changeEvent(event);
}

void VolumesSection::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search volumes by name, status, type or instance"));
    m_create->setText(tr("&Create…"));
    m_create->setToolTip(tr("Create an empty volume, or one from an image or a snapshot"));
    m_attach->setText(tr("&Attach…"));
    m_attach->setToolTip(tr("Attach the selected volume to an instance, as a new disk"));
    m_detach->setText(tr("De&tach"));
    m_detach->setToolTip(tr("Detach the selected volume from its instance; its data stays on it"));
    m_extend->setText(tr("&Extend…"));
    m_extend->setToolTip(tr("Grow the selected volume"));
    //: Button: take a snapshot of the selected volume
    m_snapshot->setText(tr("&Snapshot…"));
    m_snapshot->setToolTip(tr("Keep a copy of the selected volume's data as it is now"));
    m_delete->setText(tr("&Delete…"));
    m_states->setTexts(tr("Sign in to a cloud to see your volumes."), tr("Loading volumes…"),
                       tr("This project has no volumes yet.\nA volume is a disk that outlives instances: "
                          "create one, attach it to an instance, and keep your data on it."));
    //: Button in the empty Volumes tab
    m_states->setEmptyAction(tr("Create a Volume…"));
    updateState();
}

void VolumesSection::updateState()
{
    const int rows = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    VolumeStore* store = m_context->volumes();
    m_busy->setVisible(store->isLoading() && rows > 0);
    //: Count next to the search box; or "%1 of %2" when it filters
    m_count->setText(shown == rows ? tr("%n volume(s)", nullptr, rows) : tr("%1 of %2").arg(shown).arg(rows));
    m_count->setVisible(rows > 0);
    updateActions();
    updateDetails();
    m_states->setFacts({rows > 0, m_context->session() != nullptr, m_failed, !store->isLoaded()}, m_banner->text());
}

void VolumesSection::updateActions()
{
    const bool signedIn = m_context->session() != nullptr;
    const QList<Volume> volumes = selectedVolumes();
    const bool one = signedIn && volumes.size() == 1;
    m_create->setEnabled(signedIn);
    // Enabled when the action makes sense at all; a refusal explains the rest in words.
    m_attach->setEnabled(one && volumes.first().attachments.isEmpty());
    m_detach->setEnabled(one && !volumes.first().attachments.isEmpty());
    m_extend->setEnabled(one);
    m_snapshot->setEnabled(one);
    m_delete->setEnabled(signedIn && !volumes.isEmpty());
}

void VolumesSection::updateDetails()
{
    const QList<Volume> volumes = selectedVolumes();
    if (volumes.size() != 1) {
        m_details->setText(volumes.isEmpty() ? tr("Select a volume to see its attachments.")
                                             : tr("%n volumes selected.", nullptr, int(volumes.size())));
        return;
    }
    const Volume& volume = volumes.first();
    QStringList lines;
    //: Details line: %1 a volume name, %2 its status, %3 its size
    lines << tr("%1: %2, %3 GiB, ID %4")
                 .arg(VolumeRules::label(volume), VolumeStatus::text(volume.status))
                 .arg(volume.size)
                 .arg(volume.id);
    if (volume.attachments.isEmpty())
        lines << tr("Not attached to any instance.");
    for (const VolumeAttachment& attachment : volume.attachments) {
        lines << tr("Attached to %1 as %2 since %3")
                     .arg(m_model->serverName(attachment.serverId),
                          attachment.device.isEmpty() ? tr("an unknown device") : attachment.device,
                          QLocale().toString(attachment.attachedAt.toLocalTime(), QLocale::ShortFormat));
    }
    if (const QString image = volume.imageMetadata.value(QStringLiteral("image_name")); !image.isEmpty())
        lines << tr("Made from the image %1.").arg(quoted(image));
    m_details->setText(lines.join(u'\n'));
}

void VolumesSection::showError(const ApiError& error)
{
    m_failed = true;
    m_banner->showMessage(MessageBanner::Type::Error,
                          QString(tr("The volumes could not be listed.") % u'\n' % ErrorText::message(error)));
    m_banner->setVisible(m_model->rowCount() > 0);
    updateState();
}

void VolumesSection::showMessage(int type, const QString& text)
{
    m_banner->showMessage(MessageBanner::Type(type), text);
    m_banner->show();
}

} // namespace zenith
