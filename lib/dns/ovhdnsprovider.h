#pragma once

#include "dnsprovider.h"

#include "ovh/ovhcredentials.h"
#include "ovh/ovhnewrecord.h"
#include "ovh/ovhrecordupdate.h"

namespace zenith {

class OvhClient;
class Session;
struct OvhRecord;
struct OvhZone;

//! DnsProvider over OVHcloud's domain API (/domain/zone/...), signed with the OVHcloud keys. Zones
//! come with domains (none are created here), records have one value each and no status, and
//! changes are served only after publish() (POST .../refresh).
//!
//! Names follow DnsZone and DnsRecord: fully qualified with the final dot. A zone's id is its
//! domain as OVHcloud names it ("example.org"); a record's name is its subDomain joined to that
//! domain ("www" -> "www.example.org.", "" -> "example.org."); its id is OVHcloud's number.
//! TXT data is kept quoted as in a zone file, which OVHcloud takes as it is.
class OvhDnsProvider final : public DnsProvider
{
    Q_OBJECT

public:
    //! Signs with `credentials` and sends through `session` (which must outlive the provider).
    OvhDnsProvider(Session* session, const OvhCredentials& credentials, QObject* parent = nullptr);
    ~OvhDnsProvider() override;

    //! The client the calls go through (its clock offset, its parallel reads).
    OvhClient* client() const { return m_client; }
    const OvhCredentials& credentials() const;

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

    //! The domain OVHcloud names a zone by: its id, else its name without the final dot.
    static QString domainOf(const DnsZone& zone);
    //! A zone of that domain in the neutral shape ("example.org" -> id "example.org", name "example.org.").
    static DnsZone toDnsZone(const QString& domain);
    static DnsZone toDnsZone(const OvhZone& zone);
    //! An OVHcloud record in the neutral shape: absolute name, one value, no TTL for the zone's (0).
    static DnsRecord toDnsRecord(const OvhRecord& record);
    //! "www" in "example.org" -> "www.example.org."; "" -> "example.org.".
    static QString absoluteName(const QString& subDomain, const QString& domain);
    //! The subDomain of an absolute name: "www.example.org." in "example.org" -> "www", the apex
    //! -> ""; a BadRequest error for a name without its final dot or outside the zone.
    static Result<QString> subDomainOf(const QString& name, const QString& domain);
    //! The body of the POST that creates `record`: a BadRequest error unless it has one value.
    static Result<OvhNewRecord> toNewRecord(const DnsRecord& record, const QString& domain);
    //! The body of the PUT that changes `record`'s value and TTL (0: the zone's again).
    static Result<OvhRecordUpdate> toUpdate(const DnsRecord& record);
    //! OVHcloud's numeric id of a record, or a BadRequest error.
    static Result<qint64> recordId(const DnsRecord& record);

private:
    OvhClient* m_client;
};

} // namespace zenith
