#include "floatingipsview.h"

#include "floatingipsmodel.h"
#include "picker.h"
#include "portowners.h"

#include "cli/networkcommand.h"
#include "common/errortext.h"
#include "common/messagebanner.h"
#include "core/session.h"
#include "core/whenfinished.h"
#include "network/createfloatingiprequest.h"
#include "network/deletefloatingiprequest.h"
#include "network/updatefloatingiprequest.h"
#include "stores/floatingipstore.h"
#include "stores/networkstore.h"

#include <QHBoxLayout>
#include <QHeaderView>

#include <QAbstractButton>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace zenith {

FloatingIpsSection::FloatingIpsSection(QWidget* parent)
    : FloatingIpsSection(new FloatingIpsModel, parent)
{}

FloatingIpsSection::FloatingIpsSection(FloatingIpsModel* model, QWidget* parent)
    : TableSection(model, FloatingIpsModel::SortRole, FloatingIpsModel::SearchRole, FloatingIpsModel::Port, parent)
    , m_store(new FloatingIpStore(this))
    , m_networks(new NetworkStore(this))
    , m_model(model)
{
    setListedKind(ResourceKind::FloatingIp);
    m_model->setParent(this);
    m_model->setStore(m_store);
    m_model->setNetworkStore(m_networks);
    searchField()->setObjectName(QStringLiteral("floatingIpSearch"));
    view()->setObjectName(QStringLiteral("floatingIpsView"));
    buildUi();
    connect(m_store, &FloatingIpStore::floatingIpsAdded, this, &FloatingIpsSection::updateState);
    connect(m_store, &FloatingIpStore::floatingIpsRemoved, this, &FloatingIpsSection::updateState);
    connect(m_store, &FloatingIpStore::floatingIpsRemoved, this, &FloatingIpsSection::updateActions);
    connect(m_store, &FloatingIpStore::floatingIpsChanged, this, &FloatingIpsSection::updateActions);
    connect(m_store, &FloatingIpStore::loadingFinished, this, &FloatingIpsSection::listingFinished);
    connect(m_store, &FloatingIpStore::failed, this, &FloatingIpsSection::showError);
    retranslateUi();
    updateActions();
}

FloatingIpsSection::~FloatingIpsSection()
{
    disconnectChildren();
}

void FloatingIpsSection::buildUi()
{
    m_allocate = new QPushButton(tr("Allocate…"));
    m_associate = new QPushButton(tr("Associate…"));
    m_disassociate = new QPushButton(tr("Disassociate"));
    m_release = new QPushButton(tr("Release…"));
    connect(m_allocate, &QPushButton::clicked, this, &FloatingIpsSection::allocate);
    connect(m_associate, &QPushButton::clicked, this, &FloatingIpsSection::associate);
    connect(m_disassociate, &QPushButton::clicked, this, &FloatingIpsSection::disassociate);
    connect(m_release, &QPushButton::clicked, this, &FloatingIpsSection::release);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_allocate, m_associate, m_disassociate, m_release})
        buttons->addWidget(b);
    buttons->addStretch(1);
    m_actionBanner = new MessageBanner;
    m_actionBanner->hide();
    view()->setSelectionMode(QAbstractItemView::SingleSelection);
    // Short lists: columns fit their contents (and French headers); the last one takes the rest.
    view()->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view()->horizontalHeader()->setSectionResizeMode(FloatingIpsModel::Port, QHeaderView::Stretch);
    connect(view()->selectionModel(), &QItemSelectionModel::selectionChanged, this, &FloatingIpsSection::updateActions);
    auto* layout = qobject_cast<QVBoxLayout*>(this->layout());
    layout->insertLayout(0, buttons);
    layout->insertWidget(1, m_actionBanner);
}

QString FloatingIpsSection::title() const
{
    //: Network pane tab
    return tr("Floating IPs");
}

FloatingIpStore* FloatingIpsSection::store() const
{
    return m_store;
}

NetworkStore* FloatingIpsSection::networkStore() const
{
    return m_networks;
}

FloatingIpsModel* FloatingIpsSection::model() const
{
    return m_model;
}

void FloatingIpsSection::setStoreSession(Session* session)
{
    m_actionBanner->hide();
    m_store->setSession(session);
    m_networks->setSession(session);
    m_model->setOwners({});
    m_ownersLoaded = false;
    updateActions();
}

void FloatingIpsSection::load()
{
    m_store->load();
    m_networks->load();
    loadOwners();
}

void FloatingIpsSection::loadOwners()
{
    Session* session = m_store->session();
    if (!session || m_ownersLoading)
        return;
    m_ownersLoading = true;
    PortOwners::load(session, ListPortsRequest{}, this, [this, session](const Result<PortOwners>& owners) {
        m_ownersLoading = false;
        if (session != m_store->session())
            return;
        if (!owners) {
            showError(owners.error());
            return;
        }
        m_model->setOwners(*owners);
        m_ownersLoaded = true;
        updateActions();
    });
}

bool FloatingIpsSection::isLoading() const
{
    return m_store->isLoading();
}

QString FloatingIpsSection::countText(int rows, bool loading) const
{
    return loading ? tr("Loading…") : tr("%n floating IP(s)", "", rows);
}

QString FloatingIpsSection::searchPlaceholder() const
{
    return tr("Search by address, instance or port");
}

QString FloatingIpsSection::failureText(const QString& reason) const
{
    //: %1 is the reason, e.g. "The cloud did not answer in time."
    return tr("Could not list the floating IPs. %1").arg(reason);
}

QString FloatingIpsSection::emptyText() const
{
    return tr("No floating IPs yet. Allocate one from an external network to reach an instance from the Internet.");
}

const FloatingIp* FloatingIpsSection::selectedFloatingIp() const
{
    const QModelIndexList rows = view()->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return m_store->floatingIp(rows.first().data(FloatingIpsModel::IdRole).toString());
}

void FloatingIpsSection::updateActions()
{
    const bool connected = m_store->session() != nullptr;
    const FloatingIp* ip = selectedFloatingIp();
    m_allocate->setEnabled(connected);
    m_associate->setEnabled(connected && ip && m_ownersLoaded);
    m_disassociate->setEnabled(connected && ip && ip->portId);
    m_release->setEnabled(connected && ip);
}

QString FloatingIpsSection::actionMessage() const
{
    return !m_actionBanner->isHidden() ? m_actionBanner->text() : QString();
}

void FloatingIpsSection::report(bool error, const QString& text)
{
    m_actionBanner->showMessage(error ? MessageBanner::Type::Error : MessageBanner::Type::Information, text);
    m_actionBanner->show();
}

void FloatingIpsSection::finished(const ApiError* error, const QString& command, const QString& what,
                                  const QString& failure)
{
    if (error) {
        report(true, failure + u'\n' + ErrorText::message(*error));
        return;
    }
    m_actionBanner->hide();
    Q_EMIT commandIssued(command, what);
    m_store->refresh();
}

QInputDialog* FloatingIpsSection::allocate()
{
    if (!m_store->session())
        return nullptr;
    QList<Network> networks;
    for (const Network& n : m_networks->networks()) {
        if (n.routerExternal)
            networks << n;
    }
    std::sort(networks.begin(), networks.end(), [](const Network& a, const Network& b) { return a.name < b.name; });
    QStringList labels;
    for (const Network& n : networks)
        labels << (n.name.isEmpty() ? n.id : n.name);
    return openPicker(
        this, tr("Allocate floating IP"), tr("External network to take the address from:"), labels,
        [this, networks, labels](int index) {
            CreateFloatingIpRequest request;
            request.floatingNetworkId = networks.at(index).id;
            const QString command = NetworkCommand::floatingIpCreate(labels.at(index));
            whenFinished(m_store->session()->send(request), this, [this, command](const Result<FloatingIp>& result) {
                finished(result ? nullptr : &result.error(), command, tr("Allocate floating IP"),
                         tr("Could not allocate a floating IP."));
            });
        });
}

QInputDialog* FloatingIpsSection::associate()
{
    const FloatingIp* ip = selectedFloatingIp();
    if (!ip || !m_store->session())
        return nullptr;
    // The ports an address can map to: instances' ports and free ones, not the network's own.
    QList<zenith::Port> ports;
    QStringList labels;
    const PortOwners& owners = m_model->owners();
    for (const zenith::Port& port : owners.ports) {
        if (port.deviceOwner.startsWith(u"network:") || port.fixedIps.isEmpty())
            continue;
        for (const PortFixedIp& fixed : port.fixedIps) {
            if (fixed.ipAddress.contains(u':'))
                continue; // floating IPs are IPv4
            const QString portName = port.name.isEmpty() ? port.id.left(8) : port.name;
            const QString server = owners.serverName(port);
            //: A port to associate: %1 its instance (or "free port"), %2 its fixed IP, %3 the port's name
            labels
                << tr("%1 — %2 (port %3)").arg(server.isEmpty() ? tr("free port") : server, fixed.ipAddress, portName);
            ports << port;
            ports.last().fixedIps = {fixed};
        }
    }
    const QString id = ip->id;
    const QString address = ip->floatingIpAddress;
    return openPicker(this, tr("Associate floating IP"),
                      //: %1 is the floating address
                      tr("Port that %1 maps to:").arg(address), labels, [this, id, address, ports](int index) {
                          const zenith::Port& port = ports.at(index);
                          UpdateFloatingIpRequest request;
                          request.id = id;
                          request.portId = std::optional(port.id);
                          request.fixedIpAddress = port.fixedIps.first().ipAddress;
                          const QString command = NetworkCommand::floatingIpSet(
                              address, port.name.isEmpty() ? port.id : port.name, port.fixedIps.first().ipAddress);
                          whenFinished(m_store->session()->send(request), this,
                                       [this, command, address](const Result<FloatingIp>& result) {
                                           finished(result ? nullptr : &result.error(), command,
                                                    tr("Associate floating IP"),
                                                    tr("Could not associate %1.").arg(address));
                                       });
                      });
}

void FloatingIpsSection::disassociate()
{
    const FloatingIp* ip = selectedFloatingIp();
    if (!ip || !ip->portId || !m_store->session())
        return;
    UpdateFloatingIpRequest request;
    request.id = ip->id;
    request.portId = clearValue<QString>();
    const QString address = ip->floatingIpAddress;
    whenFinished(m_store->session()->send(request), this, [this, address](const Result<FloatingIp>& result) {
        finished(result ? nullptr : &result.error(), NetworkCommand::floatingIpUnset(address),
                 tr("Disassociate floating IP"), tr("Could not disassociate %1.").arg(address));
    });
}

QMessageBox* FloatingIpsSection::release()
{
    const FloatingIp* ip = selectedFloatingIp();
    if (!ip || !m_store->session())
        return nullptr;
    const QString id = ip->id;
    const QString address = ip->floatingIpAddress;
    auto* box =
        new QMessageBox(QMessageBox::Question, tr("Release floating IP"),
                        //: %1 is the address
                        tr("Release %1? The address goes back to the pool and may not come back to you.").arg(address),
                        QMessageBox::Cancel, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->addButton(tr("Release"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, id, address](QAbstractButton* button) {
        if (box->buttonRole(button) != QMessageBox::DestructiveRole || !m_store->session())
            return;
        whenFinished(m_store->session()->send(DeleteFloatingIpRequest{id}), this,
                     [this, address](const Result<DeleteFloatingIpRequest::Response>& result) {
                         const bool gone = result || result.error().kind == ApiError::Kind::NotFound;
                         finished(gone ? nullptr : &result.error(), NetworkCommand::floatingIpDelete({address}),
                                  tr("Release floating IP"), tr("Could not release %1.").arg(address));
                     });
    });
    box->open();
    return box;
}

} // namespace zenith
