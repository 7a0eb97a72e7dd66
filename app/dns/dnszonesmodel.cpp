#include "dnszonesmodel.h"

#include "stores/dnszonestore.h"

#include <QColor>
#include <QLocale>

namespace zenith {

DnsZonesModel::DnsZonesModel(QObject* parent)
    : CollectionTableModel(parent)
{}

void DnsZonesModel::setStore(DnsZoneStore* store)
{
    followStore(m_store, store, &DnsZoneStore::zonesAdded, &DnsZoneStore::zonesChanged, &DnsZoneStore::zonesRemoved,
                &DnsZoneStore::zones);
}

int DnsZonesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DnsZonesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DnsZone& zone = itemAt(index.row());
    switch (role) {
    case Qt::DisplayRole: return displayData(zone, index.column());
    case Qt::ToolTipRole: return index.column() == Name ? QVariant(zone.id) : displayData(zone, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Ttl || index.column() == Serial)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Status && zone.status == DnsStatus::Error)
            return QColor(Qt::red);
        return {};
    case IdRole: return zone.id;
    case SortRole:
        if (index.column() == Ttl)
            return zone.ttl.value_or(-1);
        if (index.column() == Serial)
            return zone.serial;
        return displayData(zone, index.column()).toString().toLower();
    case SearchRole:
        return QStringList{zone.name, zone.email, statusText(zone.status, zone.action)}.join(u' ').toLower();
    default: return {};
    }
}

QVariant DnsZonesModel::displayData(const DnsZone& zone, int column) const
{
    switch (column) {
    case Name: return zone.name;
    case Email: return zone.email;
    case Ttl: return zone.ttl ? QLocale().toString(*zone.ttl) : QString();
    case Status: return statusText(zone.status, zone.action);
    case Serial: return zone.serial > 0 ? QString::number(zone.serial) : QString();
    default: return {};
    }
}

QVariant DnsZonesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        //: Column: a DNS zone's domain name
        return tr("Zone");
    case Email:
        //: Column: the zone administrator's email (in the SOA record)
        return tr("Email");
    case Ttl:
        //: Column: default time to live of the zone's records, in seconds
        return tr("TTL (s)");
    case Status: return tr("Status");
    case Serial:
        //: Column: the SOA serial number, raised on every change of the zone
        return tr("Serial");
    default: return {};
    }
}

QString DnsZonesModel::statusText(DnsStatus status, const QString& action)
{
    switch (status) {
    case DnsStatus::Pending:
        if (action == u"CREATE")
            //: DNS status: being created on the DNS servers
            return tr("Creating");
        if (action == u"DELETE")
            //: DNS status: being deleted from the DNS servers
            return tr("Deleting");
        //: DNS status: a change is on its way to the DNS servers
        return tr("Pending");
    case DnsStatus::Active:
        //: DNS status: the DNS servers serve it
        return tr("Active");
    case DnsStatus::Error:
        //: DNS status: the DNS servers refused the change
        return tr("Error");
    case DnsStatus::None: return {};
    }
    return {};
}

} // namespace zenith
