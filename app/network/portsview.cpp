#include "portsview.h"

#include "portsmodel.h"
#include "portssortfilter.h"

#include "common/busyindicator.h"
#include "common/collectionstateview.h"
#include "common/columnwidths.h"
#include "common/errortext.h"
#include "common/loadallpages.h"
#include "common/messagebanner.h"
#include "compute/listserversrequest.h"
#include "core/session.h"
#include "network/listnetworksrequest.h"
#include "network/listroutersrequest.h"
#include "network/listsecuritygroupsrequest.h"
#include "network/listsubnetsrequest.h"
#include "panes/rowselection.h"
#include "stores/portstore.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace zenith {

namespace {

template <typename T> QString labelOf(const T& item)
{
    return item.name.isEmpty() ? item.id : item.name;
}

} // namespace

PortsSection::PortsSection(QWidget* parent)
    : PaneSection(parent)
    , m_store(new PortStore(this))
    , m_model(new PortsModel(this))
    , m_proxy(new PortsSortFilter(this))
{
    setObjectName(QStringLiteral("portsSection"));
    m_model->setStore(m_store);
    m_proxy->setSourceModel(m_model);
    buildUi();
    connect(m_store, &PortStore::failed, this, &PortsSection::showError);
    connect(m_store, &PortStore::loadingFinished, this, [this] {
        m_failed = false;
        if (m_banner->type() == MessageBanner::Type::Error)
            m_banner->hide();
        updateState();
    });
    for (QAbstractItemModel* model :
         {static_cast<QAbstractItemModel*>(m_model), static_cast<QAbstractItemModel*>(m_proxy)}) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &PortsSection::updateState);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &PortsSection::updateState);
        connect(model, &QAbstractItemModel::modelReset, this, &PortsSection::updateState);
        connect(model, &QAbstractItemModel::layoutChanged, this, &PortsSection::updateState);
    }
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PortsSection::updateActions);
    retranslateUi();
}

PortsSection::~PortsSection()
{
    disconnectChildren();
}

void PortsSection::buildUi()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("portsSearch"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &PortsSortFilter::setSearchText);
    m_networkFilter = new QComboBox(this);
    m_networkFilter->setObjectName(QStringLiteral("portsNetworkFilter"));
    m_networkFilter->setMinimumContentsLength(16);
    m_networkFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_deviceFilter = new QComboBox(this);
    m_deviceFilter->setObjectName(QStringLiteral("portsDeviceFilter"));
    m_deviceFilter->setMinimumContentsLength(16);
    m_deviceFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connect(m_networkFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setNetworkId(m_networkFilter->currentData().toString()); });
    connect(m_deviceFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setDeviceId(m_deviceFilter->currentData().toString()); });
    m_busy = new BusyIndicator(this);
    m_count = new QLabel(this);
    m_create = new QPushButton(this);
    m_create->setObjectName(QStringLiteral("createPort"));
    m_edit = new QPushButton(this);
    m_edit->setObjectName(QStringLiteral("editPort"));
    m_delete = new QPushButton(this);
    m_delete->setObjectName(QStringLiteral("deletePort"));
    connect(m_create, &QPushButton::clicked, this, &PortsSection::createPort);
    connect(m_edit, &QPushButton::clicked, this, &PortsSection::editCurrent);
    connect(m_delete, &QPushButton::clicked, this, &PortsSection::deleteCurrent);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 2);
    bar->addWidget(m_networkFilter, 1);
    bar->addWidget(m_deviceFilter, 1);
    bar->addWidget(m_busy);
    bar->addWidget(m_count);
    bar->addSpacing(12);
    bar->addWidget(m_create);
    bar->addWidget(m_edit);
    bar->addWidget(m_delete);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("portsTable"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(PortsModel::Name, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Fixed row heights and column widths: measuring 5,000 rows' contents would stall the GUI.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setStretchLastSection(true);
    const int widths[] = {130, 100, 190, 130, 70, 110, 110, 100, 130};
    for (int column = 0; column < PortsModel::SecurityGroups; ++column)
        m_view->setColumnWidth(column, widths[column]);
    widenColumnsToTitles(m_view->horizontalHeader(), PortsModel::SecurityGroups);
    connect(m_view, &QTableView::doubleClicked, this, &PortsSection::editCurrent);

    m_states = new CollectionStateView(m_view, QStringLiteral("ports"), this);
    connect(m_states, &CollectionStateView::retryRequested, this, [this] {
        m_failed = false;
        m_banner->hide();
        m_store->load();
        loadNames();
        updateState();
    });
    connect(m_states, &CollectionStateView::emptyActionTriggered, this, &PortsSection::createPort);

    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("portsMessage"));
    m_banner->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_banner);
    layout->addWidget(m_states, 1);
}

bool PortsSection::selectResource(ResourceKind kind, const QString& id)
{
    if (kind != ResourceKind::Port)
        return false;
    if (!m_selection) {
        m_selection = new RowSelection(
            m_view, PortsModel::IdRole,
            [this] {
                m_search->clear();
                m_networkFilter->setCurrentIndex(0);
                m_deviceFilter->setCurrentIndex(0);
            },
            this);
    }
    m_selection->select(id);
    return true;
}

QString PortsSection::title() const
{
    //: Network pane tab: the project's Neutron ports
    return tr("Ports");
}

void PortsSection::setSession(Session* session)
{
    m_session = session;
    m_failed = false;
    m_banner->hide();
    m_store->setSession(session);
    m_networks.clear();
    m_subnets.clear();
    m_groups.clear();
    m_names = {};
    m_namesLoaded = false;
    applyNames();
    if (m_active) {
        m_store->start();
        loadNames();
    }
    updateState();
}

void PortsSection::setActive(bool active)
{
    m_active = active;
    if (active) {
        m_store->start();
        loadNames();
    } else {
        m_store->pause();
    }
    updateState();
}

void PortsSection::loadNames()
{
    if (!m_session)
        return;
    // One listing of each collection the rows point at, all in parallel: never a GET per port.
    const quint64 generation = ++m_namesGeneration;
    m_namesPending = 5;
    const auto landed = [this, generation](auto&& apply) {
        return [this, generation, apply](const auto& result) {
            if (generation != m_namesGeneration)
                return;
            if (result)
                apply(*result);
            if (--m_namesPending == 0) {
                m_namesLoaded = true;
                applyNames();
                Q_EMIT namesFinished();
            }
        };
    };
    loadAllPages(m_session.data(), ListNetworksRequest{}, this,
                 landed([this](const QList<Network>& items) { m_networks = items; }));
    loadAllPages(m_session.data(), ListSubnetsRequest{}, this,
                 landed([this](const QList<Subnet>& items) { m_subnets = items; }));
    loadAllPages(m_session.data(), ListSecurityGroupsRequest{}, this,
                 landed([this](const QList<SecurityGroup>& items) { m_groups = items; }));
    loadAllPages(m_session.data(), ListRoutersRequest{}, this, landed([this](const QList<Router>& items) {
                     m_names.routers.clear();
                     for (const Router& router : items)
                         m_names.routers.insert(router.id, labelOf(router));
                 }));
    loadAllPages(m_session.data(), ListServersRequest{}, this, landed([this](const QList<Server>& items) {
                     m_names.servers.clear();
                     for (const Server& server : items)
                         m_names.servers.insert(server.id, labelOf(server));
                 }));
}

void PortsSection::applyNames()
{
    m_names.networks.clear();
    m_names.subnets.clear();
    m_names.securityGroups.clear();
    for (const Network& network : std::as_const(m_networks))
        m_names.networks.insert(network.id, labelOf(network));
    for (const Subnet& subnet : std::as_const(m_subnets))
        m_names.subnets.insert(subnet.id, labelOf(subnet));
    for (const SecurityGroup& group : std::as_const(m_groups))
        m_names.securityGroups.insert(group.id, labelOf(group));
    m_model->setNames(m_names);
    fillFilters();
}

void PortsSection::fillFilters()
{
    const auto fill = [](QComboBox* combo, const QString& all, QList<QPair<QString, QString>> items) {
        const QString keep = combo->currentData().toString();
        std::sort(items.begin(), items.end(),
                  [](const auto& a, const auto& b) { return a.second.localeAwareCompare(b.second) < 0; });
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(all, QString());
        for (const auto& [id, label] : std::as_const(items))
            combo->addItem(label, id);
        combo->setCurrentIndex(qMax(0, combo->findData(keep)));
    };
    QList<QPair<QString, QString>> networks;
    for (auto it = m_names.networks.cbegin(); it != m_names.networks.cend(); ++it)
        networks.append({it.key(), it.value()});
    QList<QPair<QString, QString>> devices;
    for (auto it = m_names.servers.cbegin(); it != m_names.servers.cend(); ++it)
        devices.append({it.key(), it.value()});
    for (auto it = m_names.routers.cbegin(); it != m_names.routers.cend(); ++it)
        //: A router in the device filter of the Ports tab, %1 its name
        devices.append({it.key(), tr("router %1").arg(it.value())});
    //: Network filter of the Ports tab: no filter
    fill(m_networkFilter, tr("All networks"), networks);
    //: Device filter of the Ports tab: no filter
    fill(m_deviceFilter, tr("All devices"), devices);
    m_proxy->setNetworkId(m_networkFilter->currentData().toString());
    m_proxy->setDeviceId(m_deviceFilter->currentData().toString());
}

QString PortsSection::currentPortId() const
{
    return m_view->selectionModel()->currentIndex().data(PortsModel::IdRole).toString();
}

void PortsSection::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        widenColumnsToTitles(m_view->horizontalHeader(), PortsModel::SecurityGroups);
    }
    PaneSection::changeEvent(event);
}

void PortsSection::retranslateUi()
{
    //: Placeholder of the search box of the Ports tab
    m_search->setPlaceholderText(tr("Search ports by name, address, MAC or device"));
    m_networkFilter->setToolTip(tr("Show the ports of one network"));
    m_deviceFilter->setToolTip(tr("Show the ports of one instance or router"));
    m_create->setText(tr("&Create…"));
    m_create->setToolTip(tr("Create a port with chosen fixed IPs, for example the lab's 10.12.0.1"));
    m_edit->setText(tr("&Edit…"));
    m_edit->setToolTip(tr("Change the port's fixed IPs, port security, security groups and allowed addresses"));
    m_delete->setText(tr("&Delete…"));
    m_states->setTexts(tr("Sign in to a cloud to see its ports."), tr("Loading ports…"),
                       tr("This project has no ports yet. Instances get one per network when they launch; "
                          "create one yourself to choose its address."));
    //: Button in the empty Ports tab
    m_states->setEmptyAction(tr("Create a Port…"));
    fillFilters();
    updateState();
}

void PortsSection::updateState()
{
    const int rows = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    const bool loading = m_store->isLoading();
    m_busy->setVisible(loading && rows > 0);
    //: Count next to the search box of the Ports tab; or "%1 of %2" when it filters
    m_count->setText(shown == rows ? tr("%n port(s)", nullptr, rows) : tr("%1 of %2").arg(shown).arg(rows));
    m_count->setVisible(rows > 0);
    updateActions();
    m_states->setFacts({rows > 0, m_session != nullptr, m_failed, loading || (m_session && !m_store->isLoaded())},
                       m_banner->text());
}

void PortsSection::updateActions()
{
    const bool signedIn = m_session != nullptr;
    const bool current = signedIn && !currentPortId().isEmpty();
    m_create->setEnabled(signedIn);
    m_edit->setEnabled(current);
    m_delete->setEnabled(current);
}

void PortsSection::showError(const ApiError& error)
{
    m_failed = true;
    m_banner->showMessage(MessageBanner::Type::Error,
                          QString(tr("The ports could not be listed.") % u'\n' % ErrorText::message(error)));
    m_banner->setVisible(m_model->rowCount() > 0);
    updateState();
}

} // namespace zenith
