#pragma once

#include "labplanissue.h"
#include "labtopology.h"

#include "core/apierror.h"
#include "dns/dnsrecord.h"
#include "dns/dnszone.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

namespace zenith {

class DnsProvider;

//! The lab's A records ("<domain>." and "www.<domain>." -> the gateway's public address) through a
//! DnsProvider: one code path for Designate and OVHcloud. Each call first finds the zone that
//! holds the domain (the longest zone name the domain ends with), then works on the planned names
//! only; after a change a provider that needs it (OVHcloud) publishes the zone. OVHcloud records
//! carry no tag: what ensure() created is what the caller keeps (the journal) and hands to remove().
class LabDnsRecords final : public QObject
{
    Q_OBJECT

public:
    LabDnsRecords(DnsProvider* provider, LabTopology topology, QObject* parent = nullptr);
    ~LabDnsRecords() override;

    //! The conflict of a plan whose records go through OVHcloud without its keys
    //! (DnsCredentials, NotFound, value: the domain); nullopt when the plan needs none or has them.
    static std::optional<LabPlanIssue> credentialsIssue(const LabPlan& plan, bool haveOvhCredentials);
    //! The zone that holds `domain`: the longest zone name it ends with (or equals). For any zone
    //! type with a `name` ("example.org."): the provider's DnsZone, or Designate's own Zone.
    template <typename Z> static std::optional<Z> zoneOf(const QList<Z>& zones, const QString& domain)
    {
        const QString apex = domain.endsWith(u'.') ? domain : QString(domain + u'.');
        std::optional<Z> best;
        for (const Z& zone : zones) {
            if ((apex == zone.name || apex.endsWith(u'.' + zone.name)) &&
                (!best || zone.name.size() > best->name.size()))
                best = zone;
        }
        return best;
    }

    //! Creates the planned records that are missing, points those with another address at
    //! `address`, then publishes if anything changed: ensured() or failed().
    void ensure(const QString& address);
    //! The planned names' A records as the provider shows them: found() or failed().
    void read();
    //! Deletes the records with these ids (those ensure() created), then publishes: removed() or
    //! failed(). A record already gone counts as deleted.
    void remove(const QStringList& recordIds);
    //! Requests sent so far (a page counts as one).
    int apiCalls() const { return m_apiCalls; }

Q_SIGNALS:
    //! The planned records, pointing at the address; `createdIds` are those this call created.
    void ensured(const QList<zenith::DnsRecord>& records, const QStringList& createdIds);
    //! The planned names' A records (none when the names have none); `zone` holds them.
    void found(const QList<zenith::DnsRecord>& records, const zenith::DnsZone& zone);
    void removed();
    //! The zone is missing (NotFound), the provider refused, or it cannot be reached.
    void failed(const zenith::ApiError& error);

private:
    void withZone(std::function<void(const DnsZone&)> then);
    void withRecords(const DnsZone& zone, std::function<void(const QList<DnsRecord>&)> then);
    void publishThen(const DnsZone& zone, bool changed, std::function<void()> then);
    //! The planned names' A records among `all`.
    QList<DnsRecord> planned(const QList<DnsRecord>& all) const;

    QPointer<DnsProvider> m_provider;
    LabTopology m_topology;
    int m_apiCalls = 0;
};

} // namespace zenith
