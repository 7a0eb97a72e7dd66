#include "instancesmodel.h"

#include "stores/serverstore.h"

#include <QColor>
#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

#include <algorithm>
#include <functional>

namespace zenith {

namespace {

enum class Tone { Good, Busy, Off, Bad, Unknown };

Tone toneOf(const Server& server)
{
    if (server.status == u"ERROR" || server.status == u"UNKNOWN")
        return server.status == u"ERROR" ? Tone::Bad : Tone::Unknown;
    if (ServerStore::isTransitional(server))
        return Tone::Busy;
    if (server.status == u"ACTIVE")
        return Tone::Good;
    return Tone::Off;
}

// A filled dot per tone, drawn once: status icons must not cost anything per row.
QIcon toneIcon(Tone tone)
{
    static QHash<int, QIcon> cache;
    auto it = cache.constFind(int(tone));
    if (it != cache.cend())
        return *it;
    static const QColor colors[] = {QColor(0x2e, 0xa0, 0x43), QColor(0xe0, 0x8e, 0x0b), QColor(0x8a, 0x8f, 0x98),
                                    QColor(0xd1, 0x24, 0x2f), QColor(0x6e, 0x77, 0x81)};
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colors[int(tone)]);
    painter.drawEllipse(QRectF(3, 3, 10, 10));
    painter.end();
    return *cache.insert(int(tone), QIcon(pixmap));
}

QString statusWords(const QString& status)
{
    //: Nova server statuses, as shown in the Instances table
    static const QHash<QString, const char*> words{
        {QStringLiteral("ACTIVE"), QT_TRANSLATE_NOOP("zenith::InstancesModel", "Active")},
        {QStringLiteral("BUILD"), QT_TRANSLATE_NOOP("zenith::InstancesModel", "Build")},
        {QStringLiteral("SHUTOFF"), QT_TRANSLATE_NOOP("zenith::InstancesModel", "Shut off")},
        {QStringLiteral("ERROR"), QT_TRANSLATE_NOOP("zenith::InstancesModel", "Error")},
        {QStringLiteral("REBOOT"), QT_TRANSLATE_NOOP("zenith::InstancesModel", "Reboot")},
        {QStringLiteral("HARD_REBOOT"), QT_TRANSLATE_NOOP("zenith::InstancesModel", "Hard reboot")},
        {QStringLiteral("RESIZE"), QT_TRANSLATE_NOOP("zenith::InstancesModel", "Resize")},
        {QStringLiteral("VERIFY_RESIZE"), QT_TRANSLATE_NOOP("zenith::InstancesModel", "Confirm resize")},
        {QStringLiteral("PAUSED"), QT_TRANSLATE_NOOP("zenith::InstancesModel", "Paused")},
        {QStringLiteral("SUSPENDED"), QT_TRANSLATE_NOOP("zenith::InstancesModel", "Suspended")},
        {QStringLiteral("SHELVED"), QT_TRANSLATE_NOOP("zenith::InstancesModel", "Shelved")},
        {QStringLiteral("SHELVED_OFFLOADED"), QT_TRANSLATE_NOOP("zenith::InstancesModel", "Shelved (offloaded)")},
        {QStringLiteral("RESCUE"), QT_TRANSLATE_NOOP("zenith::InstancesModel", "Rescue")},
        {QStringLiteral("MIGRATING"), QT_TRANSLATE_NOOP("zenith::InstancesModel", "Migrating")},
        {QStringLiteral("REBUILD"), QT_TRANSLATE_NOOP("zenith::InstancesModel", "Rebuild")},
        {QStringLiteral("DELETED"), QT_TRANSLATE_NOOP("zenith::InstancesModel", "Deleted")},
        {QStringLiteral("UNKNOWN"), QT_TRANSLATE_NOOP("zenith::InstancesModel", "Unknown")},
    };
    const auto it = words.constFind(status);
    return it == words.cend() ? status : InstancesModel::tr(*it);
}

} // namespace

InstancesModel::InstancesModel(QObject* parent)
    : CollectionTableModel(parent)
{}

void InstancesModel::setStore(ServerStore* store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    clear();
    m_store = store;
    if (!store)
        return;
    connect(store, &ServerStore::serversAdded, this, &InstancesModel::addItems);
    connect(store, &ServerStore::serversChanged, this, &InstancesModel::changeItems);
    connect(store, &ServerStore::serversRemoved, this, &InstancesModel::removeItems);
    connect(store, &QObject::destroyed, this, [this] {
        m_store = nullptr;
        clear();
    });
    addItems(store->servers());
}

void InstancesModel::setImageNames(const QHash<QString, QString>& names)
{
    m_imageNames = names;
    refreshColumn(Image);
}

void InstancesModel::setFlavorNames(const QHash<QString, QString>& names)
{
    m_flavorNames = names;
    refreshColumn(Flavor);
}

int InstancesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InstancesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Server& server = itemAt(index.row());
    switch (role) {
    case Qt::DisplayRole: return displayData(server, index.column());
    case Qt::DecorationRole: return index.column() == Status ? QVariant(toneIcon(toneOf(server))) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == Status && server.fault)
            return server.fault->message;
        return index.column() == Addresses || index.column() == Name ? displayData(server, index.column()) : QVariant();
    case IdRole: return server.id;
    case SortRole: return sortData(server, index.column());
    case SearchRole:
        return QString(server.name % u' ' % server.id % u' ' % statusText(server) % u' ' % server.status % u' ' %
                       addressText(server))
            .toLower();
    default: return {};
    }
}

QVariant InstancesModel::displayData(const Server& server, int column) const
{
    switch (column) {
    case Name: return server.name.isEmpty() ? server.id : server.name;
    case Status: return statusText(server);
    case Image: return imageText(server);
    case Flavor: return flavorText(server);
    case Addresses: return addressText(server);
    case KeyPair: return server.keyName;
    case AvailabilityZone: return server.availabilityZone;
    case Created: return QLocale().toString(server.created.toLocalTime(), QLocale::ShortFormat);
    default: return {};
    }
}

QVariant InstancesModel::sortData(const Server& server, int column) const
{
    // No lower-casing here: the proxy compares case-insensitively, and sorting 10,000 rows
    // asks for these values hundreds of thousands of times.
    switch (column) {
    case Name: return server.name;
    case Created: return server.created;
    default: return displayData(server, column);
    }
}

QVariant InstancesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Status: return tr("Status");
    case Image: return tr("Image");
    case Flavor: return tr("Flavor");
    case Addresses:
        //: column of the instances table: the server's IP addresses, grouped by network
        return tr("IP addresses");
    case KeyPair: return tr("Key pair");
    case AvailabilityZone: return tr("Availability zone");
    case Created: return tr("Created");
    default: return {};
    }
}

QString InstancesModel::statusText(const Server& server)
{
    const QString words = statusWords(server.status);
    if (server.taskState.isEmpty())
        return words;
    //: an instance's status and the task Nova is running on it, e.g. "Build (spawning)"
    return tr("%1 (%2)").arg(words, QString(server.taskState).replace(u'_', u' '));
}

QString InstancesModel::addressText(const Server& server)
{
    QStringList networks;
    for (auto it = server.addresses.cbegin(); it != server.addresses.cend(); ++it) {
        QStringList ips;
        for (const ServerAddress& address : it.value())
            ips.append(address.addr);
        networks.append(QString(it.key() % u": " % ips.join(u", ")));
    }
    return networks.join(u"; ");
}

QString InstancesModel::imageText(const Server& server) const
{
    if (server.imageId.isEmpty())
        //: the image column for an instance booted from a volume
        return tr("(volume)");
    return m_imageNames.value(server.imageId, server.imageId);
}

QString InstancesModel::flavorText(const Server& server) const
{
    if (!server.flavor.originalName.isEmpty())
        return server.flavor.originalName;
    return m_flavorNames.value(server.flavor.id, server.flavor.id);
}

} // namespace zenith
