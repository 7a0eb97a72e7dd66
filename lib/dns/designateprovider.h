#pragma once

#include "dnsprovider.h"

#include <QPointer>

namespace zenith {

class Session;
struct RecordSet;
struct Zone;

//! DnsProvider over OpenStack Designate (DNS v2): zones are created and deleted, records are
//! record sets, and every change goes PENDING -> ACTIVE (or ERROR) once the DNS servers have it.
//! Changes are served without a publish step.
class DesignateProvider final : public DnsProvider
{
    Q_OBJECT

public:
    //! Sends through `session` (which must outlive the requests' answers, or they fail as Cancelled).
    explicit DesignateProvider(Session* session, QObject* parent = nullptr);
    ~DesignateProvider() override;

    Session* session() const;

    Capabilities capabilities() const override;
    QFuture<Result<QList<DnsZone>>> listZones() override;
    QFuture<Result<DnsZone>> zone(const DnsZone& zone) override;
    QFuture<Result<DnsZone>> createZone(const DnsZoneSpec& spec) override;
    QFuture<Result<DnsZone>> deleteZone(const DnsZone& zone) override;
    QFuture<Result<QList<DnsRecord>>> listRecords(const DnsZone& zone) override;
    QFuture<Result<DnsRecord>> record(const DnsZone& zone, const DnsRecord& record) override;
    QFuture<Result<DnsRecord>> createRecord(const DnsZone& zone, const DnsRecord& record) override;
    QFuture<Result<DnsRecord>> updateRecord(const DnsZone& zone, const DnsRecord& record) override;
    QFuture<Result<DnsRecord>> deleteRecord(const DnsZone& zone, const DnsRecord& record) override;
    QFuture<Result<void>> publish(const DnsZone& zone) override;

    //! Designate's zone in the neutral shape.
    static DnsZone toDnsZone(const Zone& zone);
    //! Designate's record set in the neutral shape.
    static DnsRecord toDnsRecord(const RecordSet& set);

    //! Zones (or record sets) per listing page.
    void setPageSize(int pageSize);

private:
    QPointer<Session> m_session;
    int m_pageSize = 100;
};

} // namespace zenith
