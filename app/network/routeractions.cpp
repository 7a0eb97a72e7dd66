// RoutersSection's actions: each sends one request, then reports its command or explains a refusal.

#include "routersview.h"

#include "inusetext.h"
#include "picker.h"
#include "portowners.h"
#include "routersmodel.h"

#include "cli/networkcommand.h"
#include "common/errortext.h"
#include "common/messagebanner.h"
#include "core/session.h"
#include "core/whenfinished.h"
#include "network/addrouterinterfacerequest.h"
#include "network/createrouterrequest.h"
#include "network/deleterouterrequest.h"
#include "network/removerouterinterfacerequest.h"
#include "network/updaterouterrequest.h"
#include "stores/networkstore.h"
#include "stores/routerstore.h"
#include "stores/subnetstore.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace zenith {

void RoutersSection::finished(const ApiError* error, const QString& command, const QString& what,
                              const QString& failure)
{
    if (error) {
        report(true, failure + u'\n' + ErrorText::message(*error));
        return;
    }
    m_actionBanner->hide();
    Q_EMIT commandIssued(command, what);
    m_store->refresh();
    loadInterfaces();
}

QDialog* RoutersSection::createRouter()
{
    if (!m_store->session())
        return nullptr;
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Create router"));
    auto* name = new QLineEdit;
    name->setObjectName(QStringLiteral("routerName"));
    name->setPlaceholderText(tr("e.g. lab-router"));
    auto* network = new QComboBox;
    network->setObjectName(QStringLiteral("externalNetwork"));
    //: Choice of external network: the router gets no gateway
    network->addItem(tr("None (no internet access)"));
    for (const Network& n : externalNetworks())
        network->addItem(n.name.isEmpty() ? n.id : n.name, n.id);
    if (network->count() > 1)
        network->setCurrentIndex(1);
    auto* problem = new QLabel;
    problem->setObjectName(QStringLiteral("problem"));
    problem->setStyleSheet(QStringLiteral("color: palette(highlight)"));
    problem->hide();
    auto* form = new QFormLayout;
    form->addRow(tr("Name:"), name);
    //: Form label: the external network of the router's gateway
    form->addRow(tr("External gateway:"), network);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->addButton(tr("Create"), QDialogButtonBox::AcceptRole)->setObjectName(QStringLiteral("submit"));
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(problem);
    layout->addLayout(form);
    layout->addWidget(buttons);
    dialog->setMinimumWidth(460);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, name, network, problem] {
        Session* session = m_store->session();
        if (name->text().trimmed().isEmpty()) {
            problem->setText(tr("Give the router a name, for example lab-router."));
            problem->show();
            name->setFocus();
            return;
        }
        if (!session)
            return;
        CreateRouterRequest request;
        request.name = name->text().trimmed();
        const QString networkId = network->currentData().toString();
        if (!networkId.isEmpty())
            request.externalGateway = ExternalGatewayInfo{networkId, std::nullopt, {}};
        const QString command =
            NetworkCommand::routerCreate(*request.name, networkId.isEmpty() ? QString() : network->currentText());
        dialog->setEnabled(false);
        whenFinished(session->send(request), dialog, [this, dialog, problem, command](const Result<Router>& created) {
            dialog->setEnabled(true);
            if (!created) {
                problem->setText(tr("Could not create the router.") + u'\n' + ErrorText::message(created.error()));
                problem->show();
                return;
            }
            finished(nullptr, command, tr("Create router"), {});
            dialog->accept();
        });
    });
    dialog->open();
    return dialog;
}

QInputDialog* RoutersSection::setGateway()
{
    const Router* router = selectedRouter();
    if (!router || !m_store->session())
        return nullptr;
    const QList<Network> networks = externalNetworks();
    QStringList labels;
    for (const Network& n : networks)
        labels << (n.name.isEmpty() ? n.id : n.name);
    const QString id = router->id;
    const QString label = routerLabel(*router);
    return openPicker(
        this, tr("Set external gateway"),
        //: %1 is the router's name
        tr("External network for the gateway of “%1”:").arg(label), labels,
        [this, id, label, networks, labels](int index) {
            UpdateRouterRequest request;
            request.id = id;
            request.externalGateway = std::optional(ExternalGatewayInfo{networks.at(index).id, std::nullopt, {}});
            const QString command = NetworkCommand::routerSetGateway(label, labels.at(index));
            whenFinished(m_store->session()->send(request), this, [this, command, label](const Result<Router>& result) {
                finished(result ? nullptr : &result.error(), command, tr("Set gateway"),
                         tr("Could not set the gateway of “%1”.").arg(label));
            });
        });
}

void RoutersSection::clearGateway()
{
    const Router* router = selectedRouter();
    if (!router || !m_store->session())
        return;
    UpdateRouterRequest request;
    request.id = router->id;
    request.externalGateway = clearValue<ExternalGatewayInfo>();
    const QString label = routerLabel(*router);
    whenFinished(m_store->session()->send(request), this, [this, label](const Result<Router>& result) {
        finished(result ? nullptr : &result.error(), NetworkCommand::routerUnsetGateway(label), tr("Clear gateway"),
                 tr("Could not clear the gateway of “%1”.").arg(label));
    });
}

QInputDialog* RoutersSection::addInterface()
{
    const Router* router = selectedRouter();
    if (!router || !m_store->session())
        return nullptr;
    const QStringList attached = m_model->interfaceSubnets(router->id);
    QStringList ids;
    QStringList labels;
    for (const Subnet& subnet : m_subnets->subnets()) {
        const Network* network = m_networks->network(subnet.networkId);
        // External networks are reached through the gateway, not an interface.
        if (attached.contains(subnet.id) || (network && network->routerExternal))
            continue;
        ids << subnet.id;
        labels << m_model->subnetLabel(subnet.id) + u" — " + m_model->networkLabel(subnet.networkId);
    }
    const QString id = router->id;
    const QString label = routerLabel(*router);
    return openPicker(this, tr("Add interface"),
                      //: %1 is the router's name
                      tr("Subnet to join to “%1” (the router takes its gateway address):").arg(label), labels,
                      [this, id, label, ids](int index) {
                          AddRouterInterfaceRequest request;
                          request.routerId = id;
                          request.subnetId = ids.at(index);
                          const Subnet* subnet = m_subnets->subnet(ids.at(index));
                          const QString subnetName = subnet && !subnet->name.isEmpty() ? subnet->name : ids.at(index);
                          whenFinished(m_store->session()->send(request), this,
                                       [this, label, subnetName](const Result<RouterInterface>& result) {
                                           finished(result ? nullptr : &result.error(),
                                                    NetworkCommand::routerAddSubnet(label, subnetName),
                                                    tr("Add interface"),
                                                    tr("Could not join “%1” to “%2”.").arg(subnetName, label));
                                       });
                      });
}

QInputDialog* RoutersSection::removeInterface()
{
    const Router* router = selectedRouter();
    if (!router || !m_store->session())
        return nullptr;
    const QStringList ids = m_model->interfaceSubnets(router->id);
    QStringList labels;
    for (const QString& subnet : ids)
        labels << m_model->subnetLabel(subnet);
    const QString id = router->id;
    const QString label = routerLabel(*router);
    return openPicker(this, tr("Remove interface"), tr("Subnet to detach from “%1”:").arg(label), labels,
                      [this, id, label, ids](int index) {
                          RemoveRouterInterfaceRequest request;
                          request.routerId = id;
                          request.subnetId = ids.at(index);
                          const Subnet* subnet = m_subnets->subnet(ids.at(index));
                          const QString subnetName = subnet && !subnet->name.isEmpty() ? subnet->name : ids.at(index);
                          whenFinished(m_store->session()->send(request), this,
                                       [this, label, subnetName](const Result<RouterInterface>& result) {
                                           finished(result ? nullptr : &result.error(),
                                                    NetworkCommand::routerRemoveSubnet(label, subnetName),
                                                    tr("Remove interface"),
                                                    tr("Could not detach “%1” from “%2”.").arg(subnetName, label));
                                       });
                      });
}

QMessageBox* RoutersSection::deleteRouter()
{
    const Router* router = selectedRouter();
    if (!router || !m_store->session())
        return nullptr;
    const QString id = router->id;
    const QString label = routerLabel(*router);
    auto* box = new QMessageBox(QMessageBox::Question, tr("Delete router"),
                                //: %1 is the router's name
                                tr("Delete router “%1”? Its subnets lose their way out.").arg(label),
                                QMessageBox::Cancel, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->addButton(tr("Delete router"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, id, label](QAbstractButton* button) {
        Session* session = m_store->session();
        if (box->buttonRole(button) != QMessageBox::DestructiveRole || !session)
            return;
        whenFinished(
            session->send(DeleteRouterRequest{id}), this,
            [this, id, label](const Result<DeleteRouterRequest::Response>& result) {
                if (result || result.error().kind == ApiError::Kind::NotFound) {
                    finished(nullptr, NetworkCommand::routerDelete({label}), tr("Delete router"), {});
                    return;
                }
                const ApiError error = result.error();
                Session* session = m_store->session();
                if (error.kind != ApiError::Kind::Conflict || !session) {
                    report(true, InUseText::deleteFailed(InUseText::Resource::Router, label, id, error, std::nullopt));
                    return;
                }
                ListPortsRequest filter;
                filter.deviceId = id;
                PortOwners::load(session, filter, this, [this, id, label, error](const Result<PortOwners>& o) {
                    report(true, InUseText::deleteFailed(InUseText::Resource::Router, label, id, error,
                                                         o ? std::optional<PortOwners>(*o) : std::nullopt));
                });
            });
    });
    box->open();
    return box;
}

} // namespace zenith
