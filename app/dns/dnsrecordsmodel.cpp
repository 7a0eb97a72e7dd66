#include "dnsrecordsmodel.h"

#include "dnszonesmodel.h"

#include "stores/dnsrecordstore.h"

#include <QColor>
#include <QLocale>

namespace zenith {

DnsRecordsModel::DnsRecordsModel(QObject* parent)
    : CollectionTableModel(parent)
{}

void DnsRecordsModel::setStore(DnsRecordStore* store)
{
    followStore(m_store, store, &DnsRecordStore::recordsAdded, &DnsRecordStore::recordsChanged,
                &DnsRecordStore::recordsRemoved, &DnsRecordStore::records);
}

void DnsRecordsModel::setZoneName(const QString& zone)
{
    if (zone == m_zone)
        return;
    m_zone = zone;
    refreshColumn(Name);
}

int DnsRecordsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DnsRecordsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DnsRecord& record = itemAt(index.row());
    switch (role) {
    case Qt::DisplayRole: return displayData(record, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Name)
            return record.name;
        if (index.column() == Values)
            return record.values.join(u'\n');
        return displayData(record, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Ttl)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Status && record.status == DnsStatus::Error)
            return QColor(Qt::red);
        return {};
    case IdRole: return record.id;
    case SortRole:
        if (index.column() == Ttl)
            return record.ttl.value_or(-1);
        if (index.column() == Name)
            return record.name.toLower();
        return displayData(record, index.column()).toString().toLower();
    case SearchRole: return QString(record.type + u' ' + record.name + u' ' + record.values.join(u' ')).toLower();
    case EditableRole: return record.type != u"SOA";
    default: return {};
    }
}

QVariant DnsRecordsModel::displayData(const DnsRecord& record, int column) const
{
    switch (column) {
    case Type: return record.type;
    case Name: return shownName(record.name, m_zone);
    case Values: return record.values.join(QStringLiteral("  ·  "));
    case Ttl:
        //: TTL cell of a record that uses the zone's TTL
        return record.ttl ? QLocale().toString(*record.ttl) : tr("zone's");
    case Status: return DnsZonesModel::statusText(record.status, record.action);
    default: return {};
    }
}

QVariant DnsRecordsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Type:
        //: Column: DNS record type (A, MX...)
        return tr("Type");
    case Name: return tr("Name");
    case Values:
        //: Column: the data of a DNS record (addresses, host names, text)
        return tr("Values");
    case Ttl: return tr("TTL (s)");
    case Status: return tr("Status");
    default: return {};
    }
}

QString DnsRecordsModel::shownName(const QString& name, const QString& zone)
{
    if (zone.isEmpty())
        return name;
    if (name.compare(zone, Qt::CaseInsensitive) == 0)
        return QStringLiteral("@");
    const QString suffix = QChar(u'.') + zone;
    if (name.endsWith(suffix, Qt::CaseInsensitive))
        return name.left(name.size() - suffix.size());
    return name;
}

QString DnsRecordsModel::commandReference(const DnsRecord& record, const QList<DnsRecord>& records)
{
    for (const DnsRecord& other : records) {
        if (other.id != record.id && other.name.compare(record.name, Qt::CaseInsensitive) == 0)
            return record.id;
    }
    return record.name;
}

} // namespace zenith
