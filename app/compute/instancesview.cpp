#include "instancesview.h"

#include "instanceactions.h"
#include "instancedetails.h"
#include "instancesmodel.h"
#include "instancessortfilter.h"
#include "keypairimportdialog.h"
#include "launchdialog.h"

#include "common/busyindicator.h"
#include "common/collectionstateview.h"
#include "common/columnwidths.h"
#include "common/errortext.h"
#include "common/messagebanner.h"
#include "core/session.h"
#include "panes/rowselection.h"
#include "stores/imagestore.h"
#include "stores/serverstore.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace zenith {

InstancesSection::InstancesSection(QWidget* parent)
    : PaneSection(parent)
    , m_store(new ServerStore(this))
    , m_images(new ImageStore(this))
    , m_model(new InstancesModel(this))
    , m_proxy(new InstancesSortFilter(this))
    , m_search(new QLineEdit(this))
    , m_busy(new BusyIndicator(this))
    , m_count(new QLabel(this))
    , m_banner(new MessageBanner(this))
    , m_view(new QTableView(this))
    , m_states(new CollectionStateView(m_view, QStringLiteral("instances"), this))
    , m_launch(new QPushButton(this))
{
    setObjectName(QStringLiteral("instancesSection"));
    m_model->setStore(m_store);
    // The Image column shows names: servers only carry the image's id.
    connect(m_images, &ImageStore::imagesAdded, this, &InstancesSection::updateImageNames);
    connect(m_images, &ImageStore::imagesChanged, this, &InstancesSection::updateImageNames);
    m_proxy->setSourceModel(m_model);

    m_search->setObjectName(QStringLiteral("instancesSearch"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &InstancesSortFilter::setSearchText);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_busy);
    bar->addWidget(m_count);
    m_launch->setObjectName(QStringLiteral("launchInstance"));
    m_launch->setEnabled(false);
    connect(m_launch, &QPushButton::clicked, this, &InstancesSection::openLaunchDialog);
    bar->addWidget(m_launch);

    m_view->setObjectName(QStringLiteral("instancesTable"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(InstancesModel::Name, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Fixed row heights and column widths: measuring 10,000 rows' contents would stall the GUI.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    const int widths[] = {140, 130, 110, 80, 220, 100, 140};
    for (int column = 0; column < InstancesModel::Created; ++column)
        m_view->setColumnWidth(column, widths[column]);
    widenColumnsToHeaders();

    connect(m_states, &CollectionStateView::retryRequested, this, [this] {
        m_failed = false;
        m_store->start();
        m_proxy->setBulkLoading(m_store->isLoading());
        updateState();
    });

    // Instance actions (issue 5): a toolbar row over the search box, the table's context menu, and
    // a banner of their own for failures and faults (the listing's banner hides on every refresh).
    m_actions = new InstanceActions(m_store, this);
    m_actions->attach(m_view, m_model);
    m_actionBanner = new MessageBanner(this);
    m_actionBanner->setObjectName(QStringLiteral("instanceActionBanner"));
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this,
            [this](const QPoint& pos) { m_actions->contextMenu()->popup(m_view->viewport()->mapToGlobal(pos)); });
    connect(m_actions, &InstanceActions::commandIssued, this, &PaneSection::commandIssued);
    connect(m_actions, &InstanceActions::reported, m_actionBanner, &MessageBanner::showMessage);
    connect(m_actions, &InstanceActions::reportCleared, m_actionBanner, &QWidget::hide);
    // End of instance actions.
    // --- details panel: the current server's details under the table ---
    m_details = new InstanceDetails(this);
    m_details->setStores(m_store, m_images);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                m_details->setServerId(current.data(InstancesModel::IdRole).toString());
            });
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("instancesSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_states);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    // The table gets most of the height at first: the tabs' size hints would otherwise win.
    splitter->setSizes({600, 300});
    // --- end of the details panel ---

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_actions->toolBar()); // instance actions
    layout->addLayout(bar);
    layout->addWidget(m_banner);
    layout->addWidget(m_actionBanner); // instance actions
    layout->addWidget(splitter, 1);
    m_banner->hide();

    connect(m_store, &ServerStore::failed, this, &InstancesSection::showError);
    connect(m_store, &ServerStore::loadingFinished, this, [this] {
        m_proxy->setBulkLoading(false);
        m_failed = false;
        m_banner->hide();
        updateState();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &InstancesSection::updateState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &InstancesSection::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &InstancesSection::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &InstancesSection::updateState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &InstancesSection::updateState);
    retranslateUi();
}

InstancesSection::~InstancesSection()
{
    disconnectChildren();
    delete m_actions; // instance actions: gone before the store and model they follow
}

bool InstancesSection::selectResource(ResourceKind kind, const QString& id)
{
    if (kind != ResourceKind::Server)
        return false;
    if (!m_selection)
        m_selection = new RowSelection(
            m_view, InstancesModel::IdRole, [this] { m_search->clear(); }, this);
    m_selection->select(id);
    return true;
}

QString InstancesSection::title() const
{
    return tr("Instances");
}

void InstancesSection::setSession(Session* session)
{
    m_session = session;
    m_launch->setEnabled(session != nullptr);
    m_failed = false;
    m_banner->hide();
    m_model->setImageNames({});
    m_store->setSession(session);
    m_details->setSession(session); // details panel
    m_images->setSession(session);
    m_images->load();
    updateState();
}

void InstancesSection::setActive(bool active)
{
    if (active) {
        m_store->start();
        m_proxy->setBulkLoading(m_store->isLoading());
    } else {
        m_store->pause();
    }
    updateState();
}

ServerStore* InstancesSection::store() const
{
    return m_store;
}

InstancesModel* InstancesSection::model() const
{
    return m_model;
}

InstancesSortFilter* InstancesSection::proxy() const
{
    return m_proxy;
}

QTableView* InstancesSection::view() const
{
    return m_view;
}

QLineEdit* InstancesSection::searchField() const
{
    return m_search;
}

InstanceActions* InstancesSection::actions() const
{
    return m_actions;
}

MessageBanner* InstancesSection::actionBanner() const
{
    return m_actionBanner;
}

void InstancesSection::openLaunchDialog()
{
    if (!m_session)
        return;
    auto* dialog = new LaunchDialog(m_session, m_store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LaunchDialog::commandIssued, this, &PaneSection::commandIssued);
    // "Import…" next to the key pairs: the Key pairs tab's import dialog, over the launch dialog.
    connect(dialog, &LaunchDialog::importKeypairRequested, dialog, [this, dialog] {
        auto* import = new KeypairImportDialog(m_session, dialog);
        import->setAttribute(Qt::WA_DeleteOnClose);
        connect(import, &KeypairImportDialog::imported, dialog,
                [dialog](const Keypair& keypair) { dialog->reloadKeypairs(keypair.name); });
        connect(import, &KeypairImportDialog::commandIssued, this, &PaneSection::commandIssued);
        import->show();
    });
    dialog->show();
}

InstanceDetails* InstancesSection::details() const
{
    return m_details;
}

void InstancesSection::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        widenColumnsToHeaders();
    }
    PaneSection::changeEvent(event);
}

void InstancesSection::widenColumnsToHeaders()
{
    widenColumnsToTitles(m_view->horizontalHeader(), InstancesModel::Created);
}

void InstancesSection::retranslateUi()
{
    //: placeholder of the search box above the instances table
    m_search->setPlaceholderText(tr("Search by name, IP address, status or ID"));
    m_states->setTexts(tr("Sign in to a cloud to see its instances."), tr("Loading instances…"),
                       tr("No instances in this project yet."));
    m_launch->setText(tr("Launch instance…"));
    updateState();
}

void InstancesSection::updateState()
{
    const int rows = m_model->rowCount();
    const bool loading = m_store->isLoading();
    m_busy->setVisible(loading && rows > 0);
    const int shown = m_proxy->rowCount();
    //: count next to the search box; or "%1 of %2" when it filters: %1 instances shown of %2
    m_count->setText(shown == rows ? tr("%n instance(s)", nullptr, rows) : tr("%1 of %2").arg(shown).arg(rows));
    m_count->setVisible(rows > 0);
    m_states->setFacts({rows > 0, m_session != nullptr, m_failed, loading || (m_session && !m_store->isLoaded())},
                       m_banner->text());
}

void InstancesSection::showError(const ApiError& error)
{
    m_proxy->setBulkLoading(false);
    m_failed = true;
    //: shown above (or instead of) the instances table when listing them failed
    m_banner->showMessage(MessageBanner::Type::Error,
                          QString(tr("The instances could not be listed.") % u'\n' % ErrorText::message(error)));
    m_banner->setVisible(m_model->rowCount() > 0);
    updateState();
}

void InstancesSection::updateImageNames()
{
    QHash<QString, QString> names;
    for (const Image& image : m_images->images())
        names.insert(image.id, image.name);
    m_model->setImageNames(names);
}

} // namespace zenith
