// NetworksSection's deletions: the confirmation, the request, and the explanation of a refusal.

#include "networksview.h"

#include "inusetext.h"
#include "portowners.h"

#include "cli/networkcommand.h"
#include "common/messagebanner.h"
#include "core/session.h"
#include "core/whenfinished.h"
#include "network/deletenetworkrequest.h"
#include "network/deletesubnetrequest.h"
#include "stores/networkstore.h"
#include "stores/subnetstore.h"

#include <QAbstractButton>
#include <QMessageBox>

namespace zenith {

namespace {

QString labelOf(const QString& name, const QString& id)
{
    return name.isEmpty() ? id : name;
}

QMessageBox* confirm(QWidget* parent, const QString& title, const QString& text, const QString& button)
{
    auto* box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->addButton(button, QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    return box;
}

} // namespace

QMessageBox* NetworksSection::deleteNetwork()
{
    const Network* network = selectedNetwork();
    if (!network || !m_store->session())
        return nullptr;
    const QString id = network->id;
    const QString name = labelOf(network->name, network->id);
    auto* box =
        confirm(this, tr("Delete network"),
                //: %1 is the network's name
                tr("Delete network “%1” and its subnets? Instances and routers must not use it any more.").arg(name),
                tr("Delete network"));
    connect(box, &QMessageBox::buttonClicked, this, [this, box, id, name](QAbstractButton* button) {
        if (box->buttonRole(button) != QMessageBox::DestructiveRole || !m_store->session())
            return;
        whenFinished(m_store->session()->send(DeleteNetworkRequest{id}), this,
                     [this, id, name](const Result<DeleteNetworkRequest::Response>& result) {
                         deleted(true, id, name, result ? nullptr : &result.error());
                     });
    });
    box->open();
    return box;
}

QMessageBox* NetworksSection::deleteSubnet()
{
    const Subnet* subnet = selectedSubnet();
    if (!subnet || !m_store->session())
        return nullptr;
    const QString id = subnet->id;
    const QString name = labelOf(subnet->name, subnet->id);
    auto* box = confirm(this, tr("Delete subnet"),
                        //: %1 is the subnet's name, %2 its range
                        tr("Delete subnet “%1” (%2)?").arg(name, subnet->cidr), tr("Delete subnet"));
    connect(box, &QMessageBox::buttonClicked, this, [this, box, id, name](QAbstractButton* button) {
        if (box->buttonRole(button) != QMessageBox::DestructiveRole || !m_store->session())
            return;
        whenFinished(m_store->session()->send(DeleteSubnetRequest{id}), this,
                     [this, id, name](const Result<DeleteSubnetRequest::Response>& result) {
                         deleted(false, id, name, result ? nullptr : &result.error());
                     });
    });
    box->open();
    return box;
}

void NetworksSection::deleted(bool network, const QString& id, const QString& name, const ApiError* error)
{
    const auto resource = network ? InUseText::Resource::Network : InUseText::Resource::Subnet;
    if (!error || error->kind == ApiError::Kind::NotFound) {
        Q_EMIT commandIssued(network ? NetworkCommand::networkDelete({name}) : NetworkCommand::subnetDelete({name}),
                             network ? tr("Delete network") : tr("Delete subnet"));
        m_actionBanner->hide();
        m_store->refresh();
        m_subnets->refresh();
        return;
    }
    Session* session = m_store->session();
    if (error->kind != ApiError::Kind::Conflict || !session) {
        report(true, InUseText::deleteFailed(resource, name, id, *error, std::nullopt));
        return;
    }
    // Say who holds it: one listing of its ports (and of the servers and routers that own them).
    ListPortsRequest filter;
    if (network)
        filter.networkId = id;
    else
        filter.subnetId = id;
    PortOwners::load(
        session, filter, this, [this, resource, name, id, error = *error](const Result<PortOwners>& owners) {
            report(true, InUseText::deleteFailed(resource, name, id, error,
                                                 owners ? std::optional<PortOwners>(*owners) : std::nullopt));
        });
}

} // namespace zenith
