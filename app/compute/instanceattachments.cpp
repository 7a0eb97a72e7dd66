#include "instanceattachments.h"

#include "cli/openstackcommand.h"
#include "common/errortext.h"
#include "common/whenall.h"
#include "compute/attachserverinterfacerequest.h"
#include "compute/attachservervolumerequest.h"
#include "compute/detachserverinterfacerequest.h"
#include "compute/detachservervolumerequest.h"
#include "compute/listserverinterfacesrequest.h"
#include "core/session.h"
#include "network/createfloatingiprequest.h"
#include "network/deletefloatingiprequest.h"
#include "network/listfloatingipsrequest.h"
#include "network/listnetworksrequest.h"
#include "network/listportsrequest.h"
#include "network/updatefloatingiprequest.h"
#include "stores/serverstore.h"
#include "volume/listvolumesrequest.h"

#include <QCheckBox>
#include <QHash>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>

namespace zenith {

namespace {

QString nameOf(const Server& server)
{
    return server.name.isEmpty() ? server.id : server.name;
}

QString addressesOf(const QList<PortFixedIp>& ips)
{
    QStringList out;
    for (const PortFixedIp& ip : ips)
        out.append(ip.ipAddress);
    return out.join(QStringLiteral(", "));
}

QHash<QString, QString> networkNames(const QList<Network>& networks)
{
    QHash<QString, QString> names;
    for (const Network& n : networks)
        names.insert(n.id, n.name.isEmpty() ? n.id : n.name);
    return names;
}

QString volumeName(const Volume& volume)
{
    return volume.name.isEmpty() ? volume.id : volume.name;
}

} // namespace

InstanceAttachments::InstanceAttachments(ServerStore* store, QWidget* dialogParent, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_dialogParent(dialogParent)
{}

Session* InstanceAttachments::session() const
{
    return m_store ? m_store->session() : nullptr;
}

void InstanceAttachments::pick(const QString& objectName, const QString& title, const QString& label,
                               const QStringList& labels, const QString& okText, std::function<void(int)> chosen)
{
    auto* dialog = new QInputDialog(m_dialogParent);
    dialog->setObjectName(objectName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->setLabelText(label);
    dialog->setComboBoxItems(labels);
    dialog->setOkButtonText(okText);
    connect(dialog, &QInputDialog::textValueSelected, this, [labels, chosen](const QString& text) {
        const qsizetype index = labels.indexOf(text);
        if (index >= 0)
            chosen(static_cast<int>(index));
    });
    dialog->open();
}

void InstanceAttachments::fail(const QString& sentence, const ApiError& error)
{
    Q_EMIT reported(MessageBanner::Type::Error, QString(sentence % u'\n' % ErrorText::message(error)));
}

template <typename T, typename Then>
void InstanceAttachments::land(const QFuture<Result<T>>& future, const QString& serverId, const QString& sentence,
                               Then then)
{
    whenFinished(future, this, [this, serverId, sentence, then](const Result<T>& result) {
        if (m_store)
            m_store->watch(serverId);
        if (!result)
            fail(sentence, result.error());
        else
            then(result.value());
    });
    if (m_store)
        m_store->watch(serverId);
}

void InstanceAttachments::attachInterface(const Server& server)
{
    Session* s = session();
    if (!s)
        return;
    const auto listed = [this, server](const Result<Page<Network>>& networks, const Result<Page<Port>>& ports) {
        if (!networks || !ports) {
            fail(tr("The networks and ports could not be listed."), !networks ? networks.error() : ports.error());
            return;
        }
        const QHash<QString, QString> names = networkNames(networks->items);
        QStringList labels;
        QList<std::pair<bool, QString>> choices; // (is a port, id)
        QStringList choiceNames;
        for (const Network& n : networks->items) {
            if (n.routerExternal && !n.shared)
                continue; // external networks carry floating IPs, not instances
            //: a choice in the attach-interface picker: a whole network (Nova creates the port)
            labels.append(tr("Network %1").arg(names.value(n.id)));
            choices.append({false, n.id});
            choiceNames.append(names.value(n.id));
        }
        for (const Port& p : ports->items) {
            if (!p.deviceId.isEmpty() || !p.deviceOwner.isEmpty())
                continue; // only free ports can be plugged
            const QString portName = p.name.isEmpty() ? p.id : p.name;
            //: a choice in the attach-interface picker: an existing free port, its network and addresses
            labels.append(
                tr("Port %1 (%2: %3)").arg(portName, names.value(p.networkId, p.networkId), addressesOf(p.fixedIps)));
            choices.append({true, p.id});
            choiceNames.append(portName);
        }
        if (labels.isEmpty()) {
            Q_EMIT reported(MessageBanner::Type::Warning,
                            tr("There is no network or free port to plug %1 into.").arg(nameOf(server)));
            return;
        }
        pick(QStringLiteral("attachInterfaceDialog"), tr("Attach interface"),
             tr("Plug %1 into a network (a new port) or onto an existing port:").arg(nameOf(server)), labels,
             tr("Attach"), [this, server, choices, choiceNames](int i) {
                 Session* s = session();
                 if (!s)
                     return;
                 AttachServerInterfaceRequest request;
                 request.serverId = server.id;
                 const bool isPort = choices.at(i).first;
                 (isPort ? request.portId : request.networkId) = choices.at(i).second;
                 land(s->send(request), server.id, tr("Could not attach an interface to %1.").arg(nameOf(server)),
                      [](const ServerInterface&) {});
                 Q_EMIT commandIssued(isPort ? OpenstackCommand::serverAddPort(nameOf(server), choiceNames.at(i))
                                             : OpenstackCommand::serverAddNetwork(nameOf(server), choiceNames.at(i)),
                                      tr("Plugs the instance into a network or onto an existing port."));
             });
    };
    whenAll(this, listed, s->send(ListNetworksRequest{}), s->send(ListPortsRequest{}));
}

void InstanceAttachments::detachInterface(const Server& server)
{
    Session* s = session();
    if (!s)
        return;
    const auto listed = [this, server](const Result<QList<ServerInterface>>& interfaces,
                                       const Result<Page<Network>>& networks) {
        if (!interfaces || !networks) {
            fail(tr("The interfaces of %1 could not be listed.").arg(nameOf(server)),
                 !interfaces ? interfaces.error() : networks.error());
            return;
        }
        const QHash<QString, QString> names = networkNames(networks->items);
        QStringList labels;
        QStringList ports;
        for (const ServerInterface& i : interfaces.value()) {
            //: an interface in the detach picker: network, addresses, MAC address
            labels.append(
                tr("%1: %2 (%3)").arg(names.value(i.networkId, i.networkId), addressesOf(i.fixedIps), i.macAddr));
            ports.append(i.portId);
        }
        if (labels.isEmpty()) {
            Q_EMIT reported(MessageBanner::Type::Warning, tr("%1 has no network interface.").arg(nameOf(server)));
            return;
        }
        pick(QStringLiteral("detachInterfaceDialog"), tr("Detach interface"),
             tr("Unplug this interface of %1:").arg(nameOf(server)), labels, tr("Detach"),
             [this, server, ports](int i) {
                 Session* s = session();
                 if (!s)
                     return;
                 land(s->send(DetachServerInterfaceRequest{server.id, ports.at(i)}), server.id,
                      tr("Could not detach the interface of %1.").arg(nameOf(server)), [](const NoContent&) {});
                 Q_EMIT commandIssued(OpenstackCommand::serverRemovePort(nameOf(server), ports.at(i)),
                                      tr("Unplugs one of the instance's network interfaces."));
             });
    };
    whenAll(this, listed, s->send(ListServerInterfacesRequest{server.id}), s->send(ListNetworksRequest{}));
}

void InstanceAttachments::attachVolume(const Server& server)
{
    Session* s = session();
    if (!s)
        return;
    ListVolumesRequest request;
    request.status = QStringLiteral("available");
    whenFinished(s->send(request), this, [this, server](const Result<Page<Volume>>& volumes) {
        if (!volumes) {
            fail(tr("The volumes could not be listed."), volumes.error());
            return;
        }
        QStringList labels;
        QList<Volume> choices;
        for (const Volume& v : volumes->items) {
            //: a volume in the attach picker: name and size
            labels.append(tr("%1 (%2 GiB)").arg(volumeName(v)).arg(v.size));
            choices.append(v);
        }
        if (labels.isEmpty()) {
            Q_EMIT reported(
                MessageBanner::Type::Warning,
                tr("There is no available volume to attach to %1: create one under Volumes.").arg(nameOf(server)));
            return;
        }
        pick(QStringLiteral("attachVolumeDialog"), tr("Attach volume"),
             tr("Attach this volume to %1:").arg(nameOf(server)), labels, tr("Attach"), [this, server, choices](int i) {
                 Session* s = session();
                 if (!s)
                     return;
                 AttachServerVolumeRequest attach;
                 attach.serverId = server.id;
                 attach.volumeId = choices.at(i).id;
                 const QString volume = volumeName(choices.at(i));
                 land(s->send(attach), server.id, tr("Could not attach %1 to %2.").arg(volume, nameOf(server)),
                      [](const ServerVolumeAttachment&) {});
                 Q_EMIT commandIssued(OpenstackCommand::serverAddVolume(nameOf(server), volume),
                                      tr("Attaches an available volume as a new disk."));
             });
    });
}

void InstanceAttachments::detachVolume(const Server& server)
{
    Session* s = session();
    if (!s)
        return;
    whenFinished(s->send(ListVolumesRequest{}), this, [this, server](const Result<Page<Volume>>& volumes) {
        if (!volumes) {
            fail(tr("The volumes could not be listed."), volumes.error());
            return;
        }
        QStringList labels;
        QList<Volume> choices;
        for (const Volume& v : volumes->items) {
            for (const VolumeAttachment& a : v.attachments) {
                if (a.serverId != server.id)
                    continue;
                //: an attached volume in the detach picker: name, size, device
                labels.append(tr("%1 (%2 GiB, %3)").arg(volumeName(v)).arg(v.size).arg(a.device));
                choices.append(v);
            }
        }
        if (labels.isEmpty()) {
            Q_EMIT reported(MessageBanner::Type::Warning, tr("No volume is attached to %1.").arg(nameOf(server)));
            return;
        }
        pick(QStringLiteral("detachVolumeDialog"), tr("Detach volume"),
             tr("Detach this volume from %1 (unmount it in the guest first):").arg(nameOf(server)), labels,
             tr("Detach"), [this, server, choices](int i) {
                 Session* s = session();
                 if (!s)
                     return;
                 const QString volume = volumeName(choices.at(i));
                 land(s->send(DetachServerVolumeRequest{server.id, choices.at(i).id}), server.id,
                      tr("Could not detach %1 from %2.").arg(volume, nameOf(server)), [](const NoContent&) {});
                 Q_EMIT commandIssued(OpenstackCommand::serverRemoveVolume(nameOf(server), volume),
                                      tr("Detaches a volume; its data is kept."));
             });
    });
}

void InstanceAttachments::associateFloatingIp(const Server& server)
{
    Session* s = session();
    if (!s)
        return;
    ListPortsRequest ports;
    ports.deviceId = server.id;
    ListNetworksRequest external;
    external.routerExternal = true;
    const auto listed = [this, server](const Result<Page<Port>>& ports, const Result<Page<FloatingIp>>& ips,
                                       const Result<Page<Network>>& networks) {
        if (!ports || !ips || !networks) {
            fail(tr("The floating IPs could not be listed."),
                 !ports ? ports.error() : (!ips ? ips.error() : networks.error()));
            return;
        }
        // The first port with an IPv4 address: floating IPs are IPv4 only.
        std::optional<Port> port;
        for (const Port& p : ports->items) {
            for (const PortFixedIp& ip : p.fixedIps) {
                if (!port && !ip.ipAddress.contains(u':'))
                    port = p;
            }
        }
        if (!port) {
            Q_EMIT reported(MessageBanner::Type::Warning,
                            tr("%1 has no IPv4 port to map a floating IP to.").arg(nameOf(server)));
            return;
        }
        QStringList labels;
        QList<std::pair<bool, QString>> choices; // (allocate from a network, floating IP or network id)
        QStringList choiceNames;
        for (const FloatingIp& ip : ips->items) {
            if (ip.portId)
                continue;
            //: a choice in the floating IP picker: an address the project holds already
            labels.append(tr("%1 (free)").arg(ip.floatingIpAddress));
            choices.append({false, ip.id});
            choiceNames.append(ip.floatingIpAddress);
        }
        for (const Network& n : networks->items) {
            //: a choice in the floating IP picker: allocate a new address from this external network
            labels.append(tr("New address from %1").arg(n.name));
            choices.append({true, n.id});
            choiceNames.append(n.name.isEmpty() ? n.id : n.name);
        }
        if (labels.isEmpty()) {
            Q_EMIT reported(MessageBanner::Type::Warning, tr("This project has no free floating IP and no external "
                                                             "network to allocate one from."));
            return;
        }
        const QString portId = port->id;
        pick(QStringLiteral("associateFloatingIpDialog"), tr("Associate floating IP"),
             tr("Public address for %1:").arg(nameOf(server)), labels, tr("Associate"),
             [this, server, portId, choices, choiceNames](int i) {
                 associate(server, portId, choices.at(i).first, choices.at(i).second, choiceNames.at(i));
             });
    };
    whenAll(this, listed, s->send(ports), s->send(ListFloatingIpsRequest{}), s->send(external));
}

void InstanceAttachments::associate(const Server& server, const QString& portId, bool allocate, const QString& id,
                                    const QString& name)
{
    Session* s = session();
    if (!s)
        return;
    const QString failed = tr("Could not associate a floating IP with %1.").arg(nameOf(server));
    const auto done = [this, server](const FloatingIp& ip) {
        Q_EMIT reported(MessageBanner::Type::Information,
                        tr("%1 now reaches %2.").arg(ip.floatingIpAddress, nameOf(server)));
    };
    if (allocate) {
        CreateFloatingIpRequest create;
        create.floatingNetworkId = id;
        create.portId = portId;
        land(s->send(create), server.id, failed, done);
        Q_EMIT commandIssued(OpenstackCommand::floatingIpCreate(name, portId),
                             tr("Allocates a public address and maps it to the instance's port."));
        return;
    }
    UpdateFloatingIpRequest update;
    update.id = id;
    update.portId = std::optional<QString>(portId);
    land(s->send(update), server.id, failed, done);
    Q_EMIT commandIssued(OpenstackCommand::serverAddFloatingIp(nameOf(server), name),
                         tr("Makes the instance reachable at a public address."));
}

void InstanceAttachments::releaseFloatingIp(const Server& server)
{
    Session* s = session();
    if (!s)
        return;
    ListPortsRequest ports;
    ports.deviceId = server.id;
    const auto listed = [this, server](const Result<Page<Port>>& ports, const Result<Page<FloatingIp>>& ips) {
        if (!ports || !ips) {
            fail(tr("The floating IPs could not be listed."), !ports ? ports.error() : ips.error());
            return;
        }
        QSet<QString> portIds;
        for (const Port& p : ports->items)
            portIds.insert(p.id);
        QList<FloatingIp> mine;
        for (const FloatingIp& ip : ips->items) {
            if (ip.portId && portIds.contains(*ip.portId))
                mine.append(ip);
        }
        if (mine.isEmpty()) {
            Q_EMIT reported(MessageBanner::Type::Warning, tr("%1 has no floating IP.").arg(nameOf(server)));
            return;
        }
        QStringList labels;
        for (const FloatingIp& ip : mine)
            labels.append(ip.floatingIpAddress);
        if (mine.size() == 1) {
            confirmRelease(server, mine.constFirst());
            return;
        }
        pick(QStringLiteral("releaseFloatingIpDialog"), tr("Release floating IP"),
             tr("Floating IP to take off %1:").arg(nameOf(server)), labels, tr("Continue"),
             [this, server, mine](int i) { confirmRelease(server, mine.at(i)); });
    };
    whenAll(this, listed, s->send(ports), s->send(ListFloatingIpsRequest{}));
}

void InstanceAttachments::confirmRelease(const Server& server, const FloatingIp& ip)
{
    auto* box = new QMessageBox(m_dialogParent);
    box->setObjectName(QStringLiteral("releaseConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Question);
    box->setWindowTitle(tr("Release floating IP"));
    box->setText(tr("Release %1 from %2?").arg(ip.floatingIpAddress, nameOf(server)));
    box->setInformativeText(tr("The instance is no longer reachable at this address. The project keeps the address "
                               "unless you give it back."));
    //: checkbox of the release confirmation: delete the floating IP instead of keeping it for later
    auto* giveBack = new QCheckBox(tr("Give the address back to the pool"), box);
    box->setCheckBox(giveBack);
    QPushButton* release = box->addButton(tr("Release"), QMessageBox::AcceptRole);
    release->setObjectName(QStringLiteral("confirmRelease"));
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    connect(box, &QMessageBox::finished, this, [this, box, release, giveBack, server, ip] {
        Session* s = session();
        if (box->clickedButton() != release || !s)
            return;
        const QString failed = tr("Could not release %1 from %2.").arg(ip.floatingIpAddress, nameOf(server));
        if (giveBack->isChecked()) {
            land(s->send(DeleteFloatingIpRequest{ip.id}), server.id, failed, [](const NoContent&) {});
            Q_EMIT commandIssued(OpenstackCommand::floatingIpDelete({ip.floatingIpAddress}),
                                 tr("Gives the public address back to its external network."));
            return;
        }
        UpdateFloatingIpRequest update;
        update.id = ip.id;
        update.portId = clearValue<QString>();
        land(s->send(update), server.id, failed, [](const FloatingIp&) {});
        Q_EMIT commandIssued(OpenstackCommand::serverRemoveFloatingIp(nameOf(server), ip.floatingIpAddress),
                             tr("Takes a public address off the instance; the project keeps it."));
    });
    box->open();
}

} // namespace zenith
