#pragma once

#include "common/collectiontablemodel.h"
#include "dns/dnszone.h"

#include <QPointer>

namespace zenith {

class DnsZoneStore;

//! The DNS zones table: one row per zone, fed by a DnsZoneStore's diffs (never a reset).
class DnsZonesModel final : public CollectionTableModel<DnsZone>
{
    Q_OBJECT

public:
    enum Column { Name, Email, Ttl, Status, Serial, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, //!< the zone's id
        SortRole,                  //!< the value to sort a column on
        SearchRole,                //!< name, email and status, lower-case
    };

    explicit DnsZonesModel(QObject* parent = nullptr);

    //! Follows a store (nullptr: none): shows what it knows now, then its diffs.
    void setStore(DnsZoneStore* store);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const DnsZone& zoneAt(int row) const { return itemAt(row); }
    //! "Active", "Pending", "Error", or what is under way ("Creating", "Deleting"...).
    static QString statusText(DnsStatus status, const QString& action);

private:
    QVariant displayData(const DnsZone& zone, int column) const;

    QPointer<DnsZoneStore> m_store;
};

} // namespace zenith
