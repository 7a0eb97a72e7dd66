#pragma once

#include "common/collectiontablemodel.h"
#include "dns/dnsrecord.h"

#include <QPointer>

namespace zenith {

class DnsRecordStore;

//! The records table of the selected zone: one row per record set (or per record, for providers
//! without record sets), fed by a DnsRecordStore's diffs (never a reset). Names are shown relative
//! to the zone ("www", "@" for the apex).
class DnsRecordsModel final : public CollectionTableModel<DnsRecord>
{
    Q_OBJECT

public:
    enum Column { Type, Name, Values, Ttl, Status, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, //!< the record's id
        SortRole,                  //!< the value to sort a column on
        SearchRole,                //!< type, name and values, lower-case
        EditableRole,              //!< false for SOA records, which the DNS service keeps itself
    };

    explicit DnsRecordsModel(QObject* parent = nullptr);

    //! Follows a store (nullptr: none): shows what it knows now, then its diffs.
    void setStore(DnsRecordStore* store);
    //! The zone the names are relative to ("example.org.").
    void setZoneName(const QString& zone);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const DnsRecord& recordAt(int row) const { return itemAt(row); }
    //! "www" for www.example.org. in example.org., "@" for the apex.
    static QString shownName(const QString& name, const QString& zone);
    //! How `openstack recordset set/delete` should name a record set: its name, or its id when
    //! other record sets of `records` share the name (the client would find several).
    static QString commandReference(const DnsRecord& record, const QList<DnsRecord>& records);

private:
    QVariant displayData(const DnsRecord& record, int column) const;

    QPointer<DnsRecordStore> m_store;
    QString m_zone;
};

} // namespace zenith
