#include "networksview.h"

#include "inusetext.h"
#include "networksmodel.h"
#include "portowners.h"
#include "subnetdialog.h"
#include "subnetsmodel.h"

#include "cli/networkcommand.h"
#include "common/errortext.h"
#include "common/messagebanner.h"
#include "core/session.h"
#include "core/whenfinished.h"
#include "network/deletenetworkrequest.h"
#include "network/deletesubnetrequest.h"
#include "network/updatenetworkrequest.h"
#include "stores/networkstore.h"
#include "stores/subnetstore.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace zenith {

NetworksSection::NetworksSection(QWidget* parent)
    : NetworksSection(new NetworksModel, parent)
{}

NetworksSection::NetworksSection(NetworksModel* model, QWidget* parent)
    : TableSection(model, NetworksModel::SortRole, NetworksModel::SearchRole, NetworksModel::Subnets, parent)
    , m_store(new NetworkStore(this))
    , m_subnets(new SubnetStore(this))
    , m_model(model)
    , m_subnetsModel(new SubnetsModel(this))
{
    setListedKind(ResourceKind::Network);
    m_model->setParent(this);
    m_model->setStore(m_store);
    m_model->setSubnetStore(m_subnets);
    m_subnetsModel->setStore(m_subnets);
    m_subnetsModel->setNetworkStore(m_store);
    searchField()->setObjectName(QStringLiteral("networkSearch"));
    view()->setObjectName(QStringLiteral("networksView"));
    buildUi();
    connect(m_store, &NetworkStore::networksAdded, this, &NetworksSection::updateState);
    connect(m_store, &NetworkStore::networksRemoved, this, &NetworksSection::updateState);
    connect(m_store, &NetworkStore::loadingFinished, this, &NetworksSection::listingFinished);
    connect(m_store, &NetworkStore::failed, this, &NetworksSection::showError);
    connect(m_subnets, &SubnetStore::failed, this, &NetworksSection::showError);
    connect(m_store, &NetworkStore::networksRemoved, this, &NetworksSection::updateActions);
    connect(m_subnets, &SubnetStore::subnetsRemoved, this, &NetworksSection::updateActions);
    retranslateUi();
    updateActions();
}

NetworksSection::~NetworksSection()
{
    disconnectChildren();
}

void NetworksSection::buildUi()
{
    m_create = new QPushButton(tr("Create network…"));
    m_create->setObjectName(QStringLiteral("createNetwork"));
    m_addSubnet = new QPushButton(tr("Add subnet…"));
    m_editSubnet = new QPushButton(tr("Edit subnet…"));
    m_deleteSubnet = new QPushButton(tr("Delete subnet…"));
    m_deleteNetwork = new QPushButton(tr("Delete network…"));
    m_renameNetwork = new QPushButton(tr("Rename network…"));
    connect(m_renameNetwork, &QPushButton::clicked, this, &NetworksSection::renameNetwork);
    connect(m_create, &QPushButton::clicked, this, &NetworksSection::createNetwork);
    connect(m_addSubnet, &QPushButton::clicked, this, &NetworksSection::addSubnet);
    connect(m_editSubnet, &QPushButton::clicked, this, &NetworksSection::editSubnet);
    connect(m_deleteSubnet, &QPushButton::clicked, this, &NetworksSection::deleteSubnet);
    connect(m_deleteNetwork, &QPushButton::clicked, this, &NetworksSection::deleteNetwork);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_create, m_renameNetwork, m_addSubnet, m_editSubnet, m_deleteSubnet, m_deleteNetwork})
        buttons->addWidget(b);
    buttons->addStretch(1);

    m_actionBanner = new MessageBanner;
    m_actionBanner->hide();

    m_subnetsProxy = new QSortFilterProxyModel(this);
    m_subnetsProxy->setSourceModel(m_subnetsModel);
    m_subnetsProxy->setSortRole(SubnetsModel::SortRole);
    m_subnetsProxy->setFilterRole(SubnetsModel::NetworkIdRole);
    m_subnetsView = new QTableView;
    m_subnetsView->setObjectName(QStringLiteral("subnetsView"));
    m_subnetsView->setModel(m_subnetsProxy);
    m_subnetsView->setSortingEnabled(true);
    m_subnetsView->sortByColumn(SubnetsModel::Name, Qt::AscendingOrder);
    m_subnetsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_subnetsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_subnetsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_subnetsView->setAlternatingRowColors(true);
    m_subnetsView->verticalHeader()->hide();
    m_subnetsView->horizontalHeader()->setStretchLastSection(true);
    m_subnetsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_subnetsView, &QTableView::doubleClicked, this, &NetworksSection::editSubnet);
    connect(m_subnetsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &NetworksSection::updateActions);

    view()->setSelectionMode(QAbstractItemView::SingleSelection);
    // Short lists: columns fit their contents (and French headers); the last one takes the rest.
    view()->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view()->horizontalHeader()->setSectionResizeMode(NetworksModel::Subnets, QHeaderView::Stretch);
    connect(view()->selectionModel(), &QItemSelectionModel::selectionChanged, this, &NetworksSection::selectionChanged);

    auto* layout = qobject_cast<QVBoxLayout*>(this->layout());
    layout->insertLayout(0, buttons);
    layout->insertWidget(1, m_actionBanner);
    //: Title above the subnets table of the Networks tab
    auto* subnetsTitle = new QLabel(tr("Subnets of the selected network"));
    QFont bold = subnetsTitle->font();
    bold.setBold(true);
    subnetsTitle->setFont(bold);
    layout->addWidget(subnetsTitle);
    layout->addWidget(m_subnetsView, 1);
}

QString NetworksSection::title() const
{
    //: Network pane tab
    return tr("Networks");
}

NetworkStore* NetworksSection::store() const
{
    return m_store;
}

SubnetStore* NetworksSection::subnetStore() const
{
    return m_subnets;
}

NetworksModel* NetworksSection::model() const
{
    return m_model;
}

QTableView* NetworksSection::subnetsView() const
{
    return m_subnetsView;
}

void NetworksSection::setStoreSession(Session* session)
{
    m_actionBanner->hide();
    m_store->setSession(session);
    m_subnets->setSession(session);
    updateActions();
}

void NetworksSection::load()
{
    // Independent listings, sent together.
    m_store->load();
    m_subnets->load();
}

bool NetworksSection::isLoading() const
{
    return m_store->isLoading() || m_subnets->isLoading();
}

QString NetworksSection::countText(int rows, bool loading) const
{
    return loading ? tr("Loading…") : tr("%n network(s)", "", rows);
}

QString NetworksSection::searchPlaceholder() const
{
    return tr("Search networks by name, subnet, range or id");
}

QString NetworksSection::failureText(const QString& reason) const
{
    //: %1 is the reason, e.g. "The cloud did not answer in time."
    return tr("Could not list the networks. %1").arg(reason);
}

QString NetworksSection::emptyText() const
{
    return tr(
        "No networks yet. Create one for the lab: a private network 10.12.0.0/16 that only your instances reach.");
}

const Network* NetworksSection::selectedNetwork() const
{
    const QModelIndexList rows = view()->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return m_store->network(rows.first().data(NetworksModel::IdRole).toString());
}

const Subnet* NetworksSection::selectedSubnet() const
{
    const QModelIndexList rows = m_subnetsView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return m_subnets->subnet(rows.first().data(SubnetsModel::IdRole).toString());
}

void NetworksSection::selectionChanged()
{
    const Network* network = selectedNetwork();
    // Only the selected network's subnets; all of them when none is selected.
    m_subnetsProxy->setFilterRegularExpression(
        network ? QRegularExpression(u'^' + QRegularExpression::escape(network->id) + u'$') : QRegularExpression());
    updateActions();
}

void NetworksSection::updateActions()
{
    const bool connected = m_store->session() != nullptr;
    m_create->setEnabled(connected);
    m_addSubnet->setEnabled(connected && selectedNetwork());
    m_deleteNetwork->setEnabled(connected && selectedNetwork());
    m_renameNetwork->setEnabled(connected && selectedNetwork());
    m_editSubnet->setEnabled(connected && selectedSubnet());
    m_deleteSubnet->setEnabled(connected && selectedSubnet());
}

QString NetworksSection::actionMessage() const
{
    return !m_actionBanner->isHidden() ? m_actionBanner->text() : QString();
}

void NetworksSection::report(bool error, const QString& text)
{
    m_actionBanner->showMessage(error ? MessageBanner::Type::Error : MessageBanner::Type::Information, text);
    m_actionBanner->show();
}

SubnetDialog* NetworksSection::openDialog()
{
    auto* dialog = new SubnetDialog(m_store->session(), m_subnets, m_store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SubnetDialog::commandIssued, this, &NetworksSection::commandIssued);
    connect(dialog, &SubnetDialog::changed, this, [this] {
        m_store->refresh();
        m_subnets->refresh();
    });
    return dialog;
}

SubnetDialog* NetworksSection::createNetwork()
{
    if (!m_store->session())
        return nullptr;
    SubnetDialog* dialog = openDialog();
    dialog->startNewNetwork();
    dialog->open();
    return dialog;
}

SubnetDialog* NetworksSection::addSubnet()
{
    const Network* network = selectedNetwork();
    if (!m_store->session() || !network)
        return nullptr;
    SubnetDialog* dialog = openDialog();
    dialog->startAddSubnet(*network);
    dialog->open();
    return dialog;
}

SubnetDialog* NetworksSection::editSubnet()
{
    const Subnet* subnet = selectedSubnet();
    if (!m_store->session() || !subnet)
        return nullptr;
    SubnetDialog* dialog = openDialog();
    dialog->startEdit(*subnet);
    dialog->open();
    return dialog;
}

QInputDialog* NetworksSection::renameNetwork()
{
    const Network* network = selectedNetwork();
    if (!network || !m_store->session())
        return nullptr;
    const QString id = network->id;
    const QString old = network->name.isEmpty() ? network->id : network->name;
    auto* dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Rename network"));
    //: %1 is the network's current name
    dialog->setLabelText(tr("New name for “%1”:").arg(old));
    dialog->setTextValue(network->name);
    dialog->setMinimumWidth(420);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, id, old](const QString& text) {
        const QString name = text.trimmed();
        if (name.isEmpty() || name == old || !m_store->session())
            return;
        UpdateNetworkRequest request;
        request.id = id;
        request.name = name;
        whenFinished(m_store->session()->send(request), this, [this, old, name](const Result<Network>& renamed) {
            if (!renamed) {
                report(true,
                       tr("Could not rename network “%1”.").arg(old) + u'\n' + ErrorText::message(renamed.error()));
                return;
            }
            m_actionBanner->hide();
            Q_EMIT commandIssued(NetworkCommand::networkRename(old, name), tr("Rename network"));
            m_store->refresh();
        });
    });
    dialog->open();
    return dialog;
}

} // namespace zenith
