#pragma once

#include "dnsrecord.h"
#include "dnszone.h"

#include "core/result.h"

#include <QFuture>
#include <QList>
#include <QObject>

namespace zenith {

//! A DNS service behind the DNS pane: Designate (DesignateProvider) or a registrar's API such as
//! OVHcloud's. Every call answers with a future holding one Result; list calls hold one Result
//! per page, as each arrives, and end with one error Result if a page failed. A QObject so that
//! implementations can parent the watchers that follow their requests.
class DnsProvider : public QObject
{
    Q_OBJECT

public:
    //! What a provider can do; the pane hides what it cannot.
    struct Capabilities
    {
        bool createZones = false; //!< zones can be created and deleted (OVHcloud: no, they come with domains)
        bool statuses = false;    //!< zones and records go PENDING -> ACTIVE or ERROR, worth polling
        bool publish = false;     //!< changes are served only after publish() (OVHcloud's /refresh)
        bool recordSets = false;  //!< one DnsRecord holds every value of a name and type (Designate)
    };

    using QObject::QObject;

    virtual Capabilities capabilities() const = 0;

    //! Every zone of the account or project, a page per result.
    virtual QFuture<Result<QList<DnsZone>>> listZones() = 0;
    //! One zone again, to follow its status; a NotFound error once it is gone.
    virtual QFuture<Result<DnsZone>> zone(const DnsZone& zone) = 0;
    //! Creates a zone (when Capabilities::createZones); it may come back Pending.
    virtual QFuture<Result<DnsZone>> createZone(const DnsZoneSpec& spec) = 0;
    //! Deletes a zone and its records (when Capabilities::createZones); it may come back Pending
    //! with action DELETE, then zone() answers NotFound.
    virtual QFuture<Result<DnsZone>> deleteZone(const DnsZone& zone) = 0;

    //! Every record of a zone (SOA and NS included when the provider shows them), a page per result.
    virtual QFuture<Result<QList<DnsRecord>>> listRecords(const DnsZone& zone) = 0;
    //! One record again, to follow its status; a NotFound error once it is gone.
    virtual QFuture<Result<DnsRecord>> record(const DnsZone& zone, const DnsRecord& record) = 0;
    //! Creates a record (its id is ignored); it may come back Pending.
    virtual QFuture<Result<DnsRecord>> createRecord(const DnsZone& zone, const DnsRecord& record) = 0;
    //! Replaces a record's values and TTL; its name and type do not change.
    virtual QFuture<Result<DnsRecord>> updateRecord(const DnsZone& zone, const DnsRecord& record) = 0;
    //! Deletes a record; it may come back Pending with action DELETE, then record() answers NotFound.
    virtual QFuture<Result<DnsRecord>> deleteRecord(const DnsZone& zone, const DnsRecord& record) = 0;
    //! Serves the zone's changes (when Capabilities::publish); others finish at once.
    virtual QFuture<Result<void>> publish(const DnsZone& zone) = 0;
};

} // namespace zenith
