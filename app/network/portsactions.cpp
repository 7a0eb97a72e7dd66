// PortsSection, second half: its actions (create, edit, delete), each with its `openstack` command.

#include "portsview.h"

#include "portdialog.h"
#include "porterrortext.h"
#include "portsmodel.h"
#include "portssortfilter.h"

#include "cli/openstackcommand.h"
#include "cli/portcommand.h"
#include "common/messagebanner.h"
#include "common/quoted.h"
#include "core/whenfinished.h"
#include "stores/portstore.h"

#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

namespace zenith {

void PortsSection::prepare(PortDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setChoices(m_networks, m_subnets, m_groups);
    connect(dialog, &PortDialog::saved, this, &PortsSection::saved);
}

PortDialog* PortsSection::createPort()
{
    auto* dialog = new PortDialog(m_store, this);
    prepare(dialog);
    if (!m_proxy->networkId().isEmpty())
        dialog->setNetwork(m_proxy->networkId());
    dialog->open();
    return dialog;
}

PortDialog* PortsSection::editCurrent()
{
    const Port* port = m_store->port(currentPortId());
    if (!port)
        return nullptr;
    auto* dialog = new PortDialog(m_store, this);
    prepare(dialog);
    dialog->editPort(*port);
    dialog->open();
    return dialog;
}

void PortsSection::saved(const Port& port, const QString& command, const QString& what)
{
    if (!command.isEmpty())
        Q_EMIT commandIssued(command, what);
    //: %1 a port's name
    m_banner->showMessage(MessageBanner::Type::Information, tr("Port %1 saved.").arg(quoted(PortsModel::label(port))));
    m_banner->show();
    const QModelIndex shown = m_proxy->mapFromSource(m_model->index(m_model->rowOf(port.id), 0));
    if (shown.isValid()) {
        m_view->selectionModel()->setCurrentIndex(shown,
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(shown);
    }
}

QMessageBox* PortsSection::deleteCurrent()
{
    const Port* found = m_store->port(currentPortId());
    if (!found)
        return nullptr;
    const Port port = *found;
    const QString label = PortsModel::label(port);
    if (PortsModel::isRouterPort(port)) {
        const QString router = m_names.routers.value(port.deviceId, port.deviceId);
        //: %1 a port, %2 a router, %3 the command that removes the interface
        m_banner->showMessage(MessageBanner::Type::Warning,
                              tr("%1 belongs to the router %2: Neutron refuses to delete it directly. Remove the "
                                 "router's interface instead (%3), and the port goes with it.")
                                  .arg(quoted(label), quoted(router),
                                       OpenstackCommand::join({QStringLiteral("router"), QStringLiteral("remove"),
                                                               QStringLiteral("port"), router, port.id})));
        m_banner->show();
        return nullptr;
    }
    auto* box = new QMessageBox(QMessageBox::Question, tr("Delete Port"), tr("Delete the port %1?").arg(quoted(label)),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmDeletePort"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    if (!port.deviceId.isEmpty())
        //: %1 the instance using the port
        box->setInformativeText(tr("The instance %1 uses it: it loses this interface and its addresses.")
                                    .arg(quoted(m_model->deviceText(port))));
    else
        box->setInformativeText(tr("Its fixed IPs go back to their subnets."));
    QPushButton* confirm = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmDelete"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, confirm, port, label] {
        if (box->clickedButton() != confirm)
            return;
        m_banner->hide();
        whenFinished(m_store->remove(port.id), this, [this, label](const Result<NoContent>& result) {
            if (!result && result.error().kind != ApiError::Kind::NotFound) {
                m_banner->showMessage(MessageBanner::Type::Error, PortErrorText::deleteFailed(label, result.error()));
                m_banner->show();
            }
        });
        Q_EMIT commandIssued(PortCommand::remove({label}), tr("Deletes the port %1.").arg(quoted(label)));
    });
    box->open();
    return box;
}

} // namespace zenith
