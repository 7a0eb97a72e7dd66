#include "volumesmodel.h"

#include "volumestatus.h"

#include "stores/volumestore.h"

#include <QLocale>

namespace zenith {

VolumesModel::VolumesModel(QObject* parent)
    : CollectionTableModel<Volume>(parent)
{}

void VolumesModel::setStore(VolumeStore* store)
{
    followStore(m_store, store, &VolumeStore::volumesAdded, &VolumeStore::volumesChanged, &VolumeStore::volumesRemoved,
                &VolumeStore::volumes);
}

void VolumesModel::setServerNames(const QHash<QString, QString>& names)
{
    m_serverNames = names;
    refreshColumn(AttachedTo);
}

QString VolumesModel::serverName(const QString& id) const
{
    return m_serverNames.value(id, id);
}

QString VolumesModel::attachmentText(const Volume& volume) const
{
    QStringList parts;
    for (const VolumeAttachment& attachment : volume.attachments) {
        const QString server = serverName(attachment.serverId);
        parts << (attachment.device.isEmpty() ? server : QString(server % u" (" % attachment.device % u')'));
    }
    return parts.join(QStringLiteral(", "));
}

int VolumesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VolumesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Volume& volume = itemAt(index.row());
    switch (role) {
    case Qt::DisplayRole: return displayData(volume, index.column());
    case Qt::DecorationRole: return index.column() == Status ? QVariant(VolumeStatus::icon(volume.status)) : QVariant();
    case Qt::ToolTipRole: return tooltip(volume);
    case Qt::TextAlignmentRole:
        return index.column() == Size ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case IdRole: return volume.id;
    case SortRole: return sortData(volume, index.column());
    case SearchRole:
        return QStringList{volume.name,   volume.id,         VolumeStatus::text(volume.status),
                           volume.status, volume.volumeType, attachmentText(volume)}
            .join(u' ')
            .toLower();
    default: return {};
    }
}

QVariant VolumesModel::displayData(const Volume& volume, int column) const
{
    switch (column) {
    case Name: return volume.name.isEmpty() ? volume.id : volume.name;
    case Status: return VolumeStatus::text(volume.status);
    case Size:
        //: A volume's size in gibibytes
        return tr("%1 GiB").arg(volume.size);
    case Type: return volume.volumeType;
    case Bootable: return volume.bootable ? tr("Yes") : tr("No");
    case AttachedTo: return attachmentText(volume);
    case Zone: return volume.availabilityZone;
    case Created: return QLocale().toString(volume.createdAt.toLocalTime(), QLocale::ShortFormat);
    default: return {};
    }
}

QVariant VolumesModel::sortData(const Volume& volume, int column) const
{
    switch (column) {
    case Name: return QString(volume.name.toLower() + u'\n' + volume.id);
    case Size: return volume.size;
    case Created: return volume.createdAt;
    default: return displayData(volume, column);
    }
}

QString VolumesModel::tooltip(const Volume& volume) const
{
    QStringList lines{QString(volume.name.isEmpty() ? volume.id : volume.name), tr("ID: %1").arg(volume.id)};
    if (volume.attachments.isEmpty())
        lines << tr("Not attached");
    for (const VolumeAttachment& attachment : volume.attachments) {
        //: Tooltip line: %1 an instance name, %2 a device like /dev/vdb
        lines << tr("Attached to %1 as %2")
                     .arg(serverName(attachment.serverId),
                          attachment.device.isEmpty() ? tr("an unknown device") : attachment.device);
    }
    if (!volume.description.isEmpty())
        lines << volume.description;
    return lines.join(u'\n');
}

QVariant VolumesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Status: return tr("Status");
    case Size: return tr("Size");
    //: Column: the volume type (storage class)
    case Type: return tr("Type");
    //: Column: whether an instance can boot from the volume
    case Bootable: return tr("Bootable");
    //: Column: the instance (and device) the volume is attached to
    case AttachedTo: return tr("Attached to");
    case Zone: return tr("Availability zone");
    case Created: return tr("Created");
    default: return {};
    }
}

} // namespace zenith
