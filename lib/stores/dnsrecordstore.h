#pragma once

#include "dnscollection.h"

#include "dns/dnsrecord.h"
#include "dns/dnszone.h"

#include <QFuture>
#include <QObject>
#include <QPointer>

#include <optional>

namespace zenith {

class DnsProvider;

//! The records of the zone selected in the DNS pane, through the provider in use: lists them page
//! by page, keeps them by diffs, creates, updates and deletes them, and polls Pending ones with
//! backoff until Active or Error (or gone, after a deletion).
class DnsRecordStore final : public QObject
{
    Q_OBJECT

public:
    using Timing = DnsCollection<DnsRecord>::Timing;

    explicit DnsRecordStore(QObject* parent = nullptr);
    ~DnsRecordStore() override;

    //! The provider to follow (nullptr: none); drops the zone and its records.
    void setProvider(DnsProvider* provider);
    DnsProvider* provider() const;
    //! The zone whose records to show (nullopt: none). Drops the records of the previous zone
    //! (recordsRemoved) and ignores answers about it; call load() to list the new one's.
    void setZone(const std::optional<DnsZone>& zone);
    std::optional<DnsZone> zone() const;
    void setTiming(const Timing& timing);

    //! Lists the zone's records (again); does nothing while a listing runs or without a zone.
    void load();
    bool isLoading() const;
    bool isLoaded() const;
    QList<DnsRecord> records() const;
    //! One record by id (nullptr if unknown); valid until the next signal.
    const DnsRecord* record(const QString& id) const;
    //! Ids of the records polled now (Pending ones).
    QStringList polled() const;

    //! Creates a record in the zone; once answered it is added (and polled while Pending).
    QFuture<Result<DnsRecord>> create(const DnsRecord& record);
    //! Replaces a record's values and TTL.
    QFuture<Result<DnsRecord>> update(const DnsRecord& record);
    //! Deletes a record: it stays, Pending/DELETE, until the provider says it is gone.
    QFuture<Result<DnsRecord>> remove(const QString& id);

Q_SIGNALS:
    void recordsAdded(const QList<zenith::DnsRecord>& records);
    void recordsChanged(const QList<zenith::DnsRecord>& records);
    void recordsRemoved(const QStringList& ids);
    void loadingFinished();
    void failed(const zenith::ApiError& error);
    //! A change to the zone's records was accepted: the zone's serial and status move too.
    void zoneWritten(const QString& zoneId);

private:
    void follow();
    //! Lands an action's answer if it is still about the zone shown.
    void landAction(const QFuture<Result<DnsRecord>>& future, bool deletion, const QString& id);

    QPointer<DnsProvider> m_provider;
    std::optional<DnsZone> m_zone;
    DnsCollection<DnsRecord> m_records;
    quint64 m_generation = 0;
};

} // namespace zenith
