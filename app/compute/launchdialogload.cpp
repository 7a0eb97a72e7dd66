// LaunchDialog, second half: the lists it loads when it opens (all at once, in parallel) and the pickers they fill.

#include "launchdialog.h"

#include "common/busyindicator.h"
#include "common/errortext.h"
#include "common/loadallpages.h"
#include "common/messagebanner.h"
#include "compute/listavailabilityzonesrequest.h"
#include "compute/listkeypairsrequest.h"
#include "compute/listservergroupsrequest.h"
#include "core/session.h"
#include "core/whenfinished.h"
#include "network/listnetworksrequest.h"
#include "network/listportsrequest.h"
#include "network/listsecuritygroupsrequest.h"
#include "stores/flavorstore.h"
#include "stores/imagestore.h"

#include <QComboBox>
#include <QHash>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPalette>
#include <QPushButton>
#include <QTreeWidget>

#include <algorithm>
#include <tuple>
#include <utility>

namespace zenith {

namespace {

QString gib(int value)
{
    //: A size in gibibytes, e.g. "20 GiB"
    return LaunchDialog::tr("%1 GiB").arg(QLocale().toString(value));
}

QString ram(int mebibytes)
{
    if (mebibytes < 1024 || mebibytes % 1024 != 0)
        //: A size in mebibytes, e.g. "512 MiB"
        return LaunchDialog::tr("%1 MiB").arg(QLocale().toString(mebibytes));
    return gib(mebibytes / 1024);
}

} // namespace

void LaunchDialog::startLoading()
{
    if (!m_session)
        return;
    m_loading = 7; // reloadKeypairs() counts itself
    m_busy->show();
    connect(m_images, &ImageStore::loadingFinished, this, [this] {
        fillImages();
        loadFinished();
    });
    connect(m_images, &ImageStore::failed, this, [this](const ApiError& e) { listFailed(tr("images"), e); });
    connect(m_flavors, &FlavorStore::loadingFinished, this, [this] {
        fillFlavors();
        loadFinished();
    });
    connect(m_flavors, &FlavorStore::failed, this, [this](const ApiError& e) { listFailed(tr("flavors"), e); });
    m_images->setSession(m_session);
    m_flavors->setSession(m_session);
    m_images->load();
    m_flavors->load();

    loadAllPages(m_session, ListNetworksRequest{}, this, [this](const Result<QList<Network>>& networks) {
        if (!networks)
            return listFailed(tr("networks"), networks.error());
        m_networks = *networks;
        fillNics();
        loadFinished();
    });
    loadAllPages(m_session, ListPortsRequest{}, this, [this](const Result<QList<Port>>& ports) {
        if (!ports)
            return listFailed(tr("ports"), ports.error());
        m_ports = *ports;
        fillNics();
        loadFinished();
    });
    loadAllPages(m_session, ListSecurityGroupsRequest{}, this, [this](const Result<QList<SecurityGroup>>& groups) {
        if (!groups)
            return listFailed(tr("security groups"), groups.error());
        QList<SecurityGroup> sorted = *groups;
        std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
        for (const SecurityGroup& group : std::as_const(sorted)) {
            auto* item = new QListWidgetItem(group.name, m_securityGroups);
            item->setData(IdRole, group.name);
            item->setToolTip(group.description);
            item->setCheckState(group.name == u"default" ? Qt::Checked : Qt::Unchecked);
        }
        loadFinished();
    });
    reloadKeypairs();
    whenFinished(m_session->send(ListServerGroupsRequest{}), this, [this](const Result<QList<ServerGroup>>& groups) {
        if (!groups)
            return listFailed(tr("server groups"), groups.error());
        m_serverGroup->addItem(tr("None"));
        for (const ServerGroup& group : *groups) {
            //: a server group in its picker: %1 name, %2 policy (affinity, anti-affinity...)
            m_serverGroup->addItem(tr("%1 (%2)").arg(group.name, group.policy));
            m_serverGroup->setItemData(m_serverGroup->count() - 1, group.id, IdRole);
            m_serverGroup->setItemData(m_serverGroup->count() - 1, group.name, LabelRole);
        }
        loadFinished();
    });
    whenFinished(m_session->send(ListAvailabilityZonesRequest{}), this,
                 [this](const Result<QList<AvailabilityZone>>& zones) {
                     if (!zones)
                         return listFailed(tr("availability zones"), zones.error());
                     m_zone->addItem(tr("Any (the cloud chooses)"));
                     for (const AvailabilityZone& zone : *zones) {
                         if (!zone.available)
                             continue;
                         m_zone->addItem(zone.name);
                         m_zone->setItemData(m_zone->count() - 1, zone.name, IdRole);
                     }
                     loadFinished();
                 });
}

bool LaunchDialog::isLoading() const
{
    return m_loading > 0;
}

void LaunchDialog::loadFinished()
{
    m_loading = std::max(0, m_loading - 1);
    m_busy->setVisible(isLoading() || m_launching);
}

void LaunchDialog::listFailed(const QString& what, const ApiError& error)
{
    //: %1 what could not be listed (images, networks, key pairs...); the server's reason follows
    m_loadErrors << QString(tr("The %1 could not be listed.").arg(what) % u'\n' % ErrorText::message(error));
    m_banner->showMessage(MessageBanner::Type::Warning, m_loadErrors.join(u"\n\n"));
    m_banner->show();
    loadFinished();
}

void LaunchDialog::reloadKeypairs(const QString& select)
{
    if (!m_session)
        return;
    if (!select.isEmpty())
        m_keypairToSelect = select;
    ++m_loading;
    m_busy->show();
    loadAllPages(m_session, ListKeypairsRequest{}, this, [this](const Result<QList<Keypair>>& keypairs) {
        if (!keypairs)
            return listFailed(tr("key pairs"), keypairs.error());
        fillKeypairs(*keypairs);
        loadFinished();
    });
}

void LaunchDialog::fillKeypairs(const QList<Keypair>& keypairs)
{
    const QString selected = m_keypairToSelect.isEmpty() ? m_keypair->currentData(IdRole).toString()
                                                         : std::exchange(m_keypairToSelect, QString());
    m_keypair->clear();
    m_keypair->addItem(tr("No key pair (no SSH access with a key)"));
    QList<Keypair> sorted = keypairs;
    std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
    for (const Keypair& key : std::as_const(sorted)) {
        m_keypair->addItem(key.name);
        m_keypair->setItemData(m_keypair->count() - 1, key.name, IdRole);
        m_keypair->setItemData(m_keypair->count() - 1, key.fingerprint, Qt::ToolTipRole);
    }
    // The only key pair is almost always the one wanted.
    const int index = m_keypair->findData(selected, IdRole);
    m_keypair->setCurrentIndex(index > 0 ? index : (sorted.size() == 1 ? 1 : 0));
}

void LaunchDialog::fillNics()
{
    if (--m_nicListsPending > 0)
        return;
    QHash<QString, QString> networkNames;
    QHash<QString, int> nameUses;
    QList<Network> usable;
    for (const Network& n : std::as_const(m_networks)) {
        networkNames.insert(n.id, n.name.isEmpty() ? n.id : n.name);
        // Projects cannot plug into an external network unless it is also shared (OVHcloud's Ext-Net is).
        if (n.routerExternal && !n.shared)
            continue;
        usable << n;
        ++nameUses[n.name];
    }
    // The project's own networks first, then the shared ones.
    std::stable_sort(usable.begin(), usable.end(), [](const Network& a, const Network& b) {
        return std::make_pair(a.shared, a.name) < std::make_pair(b.shared, b.name);
    });
    m_usableNetworks = int(usable.size());
    for (const Network& n : std::as_const(usable)) {
        auto* item = new QTreeWidgetItem(m_nicList, {networkNames.value(n.id)});
        item->setData(0, IdRole, n.id);
        item->setData(0, KindRole, int(LaunchNic::Kind::Network));
        // `openstack --network` takes a name only when it is unambiguous.
        item->setData(0, LabelRole, !n.name.isEmpty() && nameUses.value(n.name) == 1 ? n.name : n.id);
        QStringList details;
        details << (n.shared ? tr("shared network") : tr("this project's network"));
        if (n.routerExternal)
            //: a network with public addresses, reachable from the internet
            details << tr("public addresses");
        if (n.subnets.isEmpty())
            details << tr("no subnet: cannot be used yet");
        item->setText(1, details.join(QStringLiteral(", ")));
        item->setCheckState(0, Qt::Unchecked);
    }
    if (usable.size() == 1) {
        m_onlyNetwork = LaunchNic{LaunchNic::Kind::Network, usable.first().id,
                                  m_nicList->topLevelItem(0)->data(0, LabelRole).toString()};
        m_nicList->topLevelItem(0)->setCheckState(0, Qt::Checked);
    }
    for (const Port& p : std::as_const(m_ports)) {
        if (!p.deviceId.isEmpty() || !p.deviceOwner.isEmpty())
            continue; // in use by a server, a router or a DHCP agent
        //: an existing, unused port in the networks list; %1 its name or id
        auto* item = new QTreeWidgetItem(m_nicList, {tr("Port %1").arg(p.name.isEmpty() ? p.id.left(8) : p.name)});
        item->setData(0, IdRole, p.id);
        item->setData(0, KindRole, int(LaunchNic::Kind::Port));
        item->setData(0, LabelRole, p.name.isEmpty() ? p.id : p.name);
        QStringList addresses;
        for (const PortFixedIp& ip : p.fixedIps)
            addresses << ip.ipAddress;
        //: details of a free port: %1 its network, %2 its addresses
        item->setText(1, tr("on %1, %2").arg(networkNames.value(p.networkId, p.networkId), addresses.join(u' ')));
        item->setCheckState(0, Qt::Unchecked);
    }
}

void LaunchDialog::fillImages()
{
    const QString selected = currentImage() ? currentImage()->data(0, IdRole).toString() : QString();
    QList<Image> images = m_images->images();
    std::sort(images.begin(), images.end(),
              [](const Image& a, const Image& b) { return QString::localeAwareCompare(a.name, b.name) < 0; });
    m_imageList->clear();
    const QLocale locale;
    QTreeWidgetItem* preferred = nullptr;
    for (const Image& image : std::as_const(images)) {
        if (image.status != u"active")
            continue; // queued or saving snapshots cannot boot yet
        auto* item = new QTreeWidgetItem(m_imageList, {image.name.isEmpty() ? image.id : image.name});
        item->setText(1, image.size ? locale.formattedDataSize(*image.size, 1, QLocale::DataSizeIecFormat) : QString());
        item->setText(2, image.minDisk > 0 ? gib(image.minDisk) : QString());
        item->setText(3, image.minRam > 0 ? ram(image.minRam) : QString());
        item->setData(0, IdRole, image.id);
        item->setData(0, LabelRole, image.name.isEmpty() ? image.id : image.name);
        item->setData(0, StatusRole, image.status);
        item->setData(0, SizeRole, image.size.value_or(0));
        item->setData(0, MinDiskRole, image.minDisk);
        item->setData(0, MinRamRole, image.minRam);
        if (image.id == selected || (selected.isEmpty() && image.osDistro == u"debian"))
            preferred = item;
    }
    // The lab's default: the newest Debian, unless something was chosen already.
    if (preferred)
        m_imageList->setCurrentItem(preferred);
    filterImages(m_imageSearch->text());
}

void LaunchDialog::fillFlavors()
{
    const QString selected = currentFlavor() ? currentFlavor()->data(0, IdRole).toString() : QString();
    QList<Flavor> flavors = m_flavors->flavors();
    std::sort(flavors.begin(), flavors.end(), [](const Flavor& a, const Flavor& b) {
        return std::make_tuple(a.vcpus, a.ram, a.disk, a.name) < std::make_tuple(b.vcpus, b.ram, b.disk, b.name);
    });
    m_flavorList->clear();
    for (const Flavor& flavor : std::as_const(flavors)) {
        if (flavor.disabled)
            continue;
        auto* item = new QTreeWidgetItem(m_flavorList, {flavor.name, QLocale().toString(flavor.vcpus), ram(flavor.ram),
                                                        flavor.disk > 0 ? gib(flavor.disk) : tr("image size")});
        item->setData(0, IdRole, flavor.id);
        item->setData(0, LabelRole, flavor.name);
        item->setData(0, MinDiskRole, flavor.disk);
        item->setData(0, MinRamRole, flavor.ram);
        if (flavor.id == selected)
            m_flavorList->setCurrentItem(item);
    }
    updateFlavorFit();
}

void LaunchDialog::filterImages(const QString& text)
{
    for (int i = 0; i < m_imageList->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_imageList->topLevelItem(i);
        item->setHidden(!item->text(0).contains(text.trimmed(), Qt::CaseInsensitive));
    }
}

void LaunchDialog::updateFlavorFit()
{
    const QTreeWidgetItem* image = currentImage();
    QTreeWidgetItem* smallestFit = nullptr;
    for (int i = 0; i < m_flavorList->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_flavorList->topLevelItem(i);
        const bool tooSmall = image && LaunchRequest::flavorTooSmall(
                                           item->data(0, MinDiskRole).toInt(), item->data(0, MinRamRole).toInt(),
                                           image->data(0, MinDiskRole).toInt(), image->data(0, MinRamRole).toInt(),
                                           image->data(0, SizeRole).toLongLong());
        const QPalette::ColorGroup group = tooSmall ? QPalette::Disabled : QPalette::Active;
        for (int column = 0; column < m_flavorList->columnCount(); ++column)
            item->setForeground(column, palette().brush(group, QPalette::Text));
        //: in the flavors list: whether the flavor's disk and RAM can hold the chosen image
        item->setText(4, !image ? QString() : (tooSmall ? tr("No: too small") : tr("Yes")));
        item->setToolTip(4, tooSmall ? tr("This flavor's disk or RAM is below what the image needs.") : QString());
        if (!tooSmall && !smallestFit)
            smallestFit = item;
    }
    // A default once: the smallest flavor that fits, which is what a lab usually wants.
    if (image && smallestFit && !currentFlavor() && !m_flavorDefaulted) {
        m_flavorDefaulted = true;
        m_flavorList->setCurrentItem(smallestFit);
    }
}

QTreeWidgetItem* LaunchDialog::currentImage() const
{
    const QList<QTreeWidgetItem*> items = m_imageList->selectedItems();
    return items.isEmpty() ? nullptr : items.first();
}

QTreeWidgetItem* LaunchDialog::currentFlavor() const
{
    const QList<QTreeWidgetItem*> items = m_flavorList->selectedItems();
    return items.isEmpty() ? nullptr : items.first();
}

} // namespace zenith
