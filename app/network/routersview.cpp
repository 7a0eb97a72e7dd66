#include "routersview.h"

#include "routersmodel.h"

#include "common/loadallpages.h"
#include "common/messagebanner.h"
#include "network/listportsrequest.h"
#include "stores/networkstore.h"
#include "stores/routerstore.h"
#include "stores/subnetstore.h"

#include <QHBoxLayout>
#include <QHeaderView>

#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace zenith {

RoutersSection::RoutersSection(QWidget* parent)
    : RoutersSection(new RoutersModel, parent)
{}

RoutersSection::RoutersSection(RoutersModel* model, QWidget* parent)
    : TableSection(model, RoutersModel::SortRole, RoutersModel::SearchRole, RoutersModel::Interfaces, parent)
    , m_store(new RouterStore(this))
    , m_networks(new NetworkStore(this))
    , m_subnets(new SubnetStore(this))
    , m_model(model)
{
    setListedKind(ResourceKind::Router);
    m_model->setParent(this);
    m_model->setStore(m_store);
    m_model->setNameStores(m_networks, m_subnets);
    searchField()->setObjectName(QStringLiteral("routerSearch"));
    view()->setObjectName(QStringLiteral("routersView"));
    buildUi();
    connect(m_store, &RouterStore::routersAdded, this, &RoutersSection::updateState);
    connect(m_store, &RouterStore::routersRemoved, this, &RoutersSection::updateState);
    connect(m_store, &RouterStore::routersRemoved, this, &RoutersSection::updateActions);
    connect(m_store, &RouterStore::routersChanged, this, &RoutersSection::updateActions);
    connect(m_store, &RouterStore::loadingFinished, this, &RoutersSection::listingFinished);
    connect(m_store, &RouterStore::failed, this, &RoutersSection::showError);
    retranslateUi();
    updateActions();
}

RoutersSection::~RoutersSection()
{
    disconnectChildren();
}

void RoutersSection::buildUi()
{
    m_create = new QPushButton(tr("Create router…"));
    m_create->setObjectName(QStringLiteral("createRouter"));
    m_setGateway = new QPushButton(tr("Set gateway…"));
    m_clearGateway = new QPushButton(tr("Clear gateway"));
    m_addInterface = new QPushButton(tr("Add interface…"));
    m_removeInterface = new QPushButton(tr("Remove interface…"));
    m_delete = new QPushButton(tr("Delete router…"));
    connect(m_create, &QPushButton::clicked, this, &RoutersSection::createRouter);
    connect(m_setGateway, &QPushButton::clicked, this, &RoutersSection::setGateway);
    connect(m_clearGateway, &QPushButton::clicked, this, &RoutersSection::clearGateway);
    connect(m_addInterface, &QPushButton::clicked, this, &RoutersSection::addInterface);
    connect(m_removeInterface, &QPushButton::clicked, this, &RoutersSection::removeInterface);
    connect(m_delete, &QPushButton::clicked, this, &RoutersSection::deleteRouter);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_create, m_setGateway, m_clearGateway, m_addInterface, m_removeInterface, m_delete})
        buttons->addWidget(b);
    buttons->addStretch(1);
    m_actionBanner = new MessageBanner;
    m_actionBanner->hide();
    view()->setSelectionMode(QAbstractItemView::SingleSelection);
    // Short lists: columns fit their contents (and French headers); the last one takes the rest.
    view()->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view()->horizontalHeader()->setSectionResizeMode(RoutersModel::Interfaces, QHeaderView::Stretch);
    connect(view()->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RoutersSection::updateActions);
    auto* layout = qobject_cast<QVBoxLayout*>(this->layout());
    layout->insertLayout(0, buttons);
    layout->insertWidget(1, m_actionBanner);
}

QString RoutersSection::title() const
{
    //: Network pane tab
    return tr("Routers");
}

RouterStore* RoutersSection::store() const
{
    return m_store;
}

NetworkStore* RoutersSection::networkStore() const
{
    return m_networks;
}

SubnetStore* RoutersSection::subnetStore() const
{
    return m_subnets;
}

RoutersModel* RoutersSection::model() const
{
    return m_model;
}

void RoutersSection::setStoreSession(Session* session)
{
    m_actionBanner->hide();
    m_store->setSession(session);
    m_networks->setSession(session);
    m_subnets->setSession(session);
    m_interfacePorts.clear();
    m_model->setInterfacePorts({});
    updateActions();
}

void RoutersSection::load()
{
    m_store->load();
    m_networks->load();
    m_subnets->load();
    loadInterfaces();
}

void RoutersSection::loadInterfaces()
{
    Session* session = m_store->session();
    if (!session || m_interfacesLoading)
        return;
    m_interfacesLoading = true;
    // Routers do not list their interfaces: one listing of the router interface ports gives them all.
    ListPortsRequest request;
    request.deviceOwner = QStringLiteral("network:router_interface");
    loadAllPages(session, request, this, [this, session](const Result<QList<Port>>& ports) {
        m_interfacesLoading = false;
        if (session != m_store->session())
            return;
        if (!ports) {
            showError(ports.error());
            return;
        }
        m_interfacePorts = *ports;
        m_model->setInterfacePorts(*ports);
        updateActions();
    });
}

bool RoutersSection::isLoading() const
{
    return m_store->isLoading();
}

QString RoutersSection::countText(int rows, bool loading) const
{
    return loading ? tr("Loading…") : tr("%n router(s)", "", rows);
}

QString RoutersSection::searchPlaceholder() const
{
    return tr("Search routers by name, gateway, subnet or id");
}

QString RoutersSection::failureText(const QString& reason) const
{
    //: %1 is the reason, e.g. "The cloud did not answer in time."
    return tr("Could not list the routers. %1").arg(reason);
}

QString RoutersSection::emptyText() const
{
    return tr("No routers yet. A router joins a private network to an external one; the lab needs none, as its load "
              "balancer is the private network's gateway.");
}

const Router* RoutersSection::selectedRouter() const
{
    const QModelIndexList rows = view()->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return m_store->router(rows.first().data(RoutersModel::IdRole).toString());
}

QString RoutersSection::routerLabel(const Router& router) const
{
    return router.name.isEmpty() ? router.id : router.name;
}

QList<Network> RoutersSection::externalNetworks() const
{
    QList<Network> out;
    for (const Network& network : m_networks->networks()) {
        if (network.routerExternal)
            out << network;
    }
    std::sort(out.begin(), out.end(), [](const Network& a, const Network& b) { return a.name < b.name; });
    return out;
}

void RoutersSection::updateActions()
{
    const bool connected = m_store->session() != nullptr;
    const Router* router = selectedRouter();
    m_create->setEnabled(connected);
    m_setGateway->setEnabled(connected && router);
    m_clearGateway->setEnabled(connected && router && router->externalGateway);
    m_addInterface->setEnabled(connected && router);
    m_removeInterface->setEnabled(connected && router && !m_model->interfaceSubnets(router->id).isEmpty());
    m_delete->setEnabled(connected && router);
}

QString RoutersSection::actionMessage() const
{
    return !m_actionBanner->isHidden() ? m_actionBanner->text() : QString();
}

void RoutersSection::report(bool error, const QString& text)
{
    m_actionBanner->showMessage(error ? MessageBanner::Type::Error : MessageBanner::Type::Information, text);
    m_actionBanner->show();
}

} // namespace zenith
