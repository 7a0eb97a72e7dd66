#pragma once

#include "dnscollection.h"

#include "dns/dnszone.h"

#include <QFuture>
#include <QObject>
#include <QPointer>

namespace zenith {

class DnsProvider;

//! The zones of the DNS pane, through the provider in use: lists them page by page, keeps them by
//! diffs, and polls Pending zones with backoff until Active or Error (or gone, after a deletion).
class DnsZoneStore final : public QObject
{
    Q_OBJECT

public:
    using Timing = DnsCollection<DnsZone>::Timing;

    explicit DnsZoneStore(QObject* parent = nullptr);
    ~DnsZoneStore() override;

    //! The provider to follow (nullptr: none). Drops every zone (zonesRemoved) and ignores answers
    //! to the old provider's requests.
    void setProvider(DnsProvider* provider);
    DnsProvider* provider() const;
    void setTiming(const Timing& timing);

    //! Lists the zones (again); does nothing while a listing runs or without a provider.
    void load();
    bool isLoading() const;
    bool isLoaded() const;
    QList<DnsZone> zones() const;
    //! One zone by id (nullptr if unknown); valid until the next signal.
    const DnsZone* zone(const QString& id) const;
    //! Ids of the zones polled now (Pending ones).
    QStringList polled() const;

    //! Creates a zone; once answered it is added (and polled while Pending). The future tells the
    //! dialog how it went.
    QFuture<Result<DnsZone>> create(const DnsZoneSpec& spec);
    //! Deletes a zone: it stays, Pending/DELETE, until the provider says it is gone.
    QFuture<Result<DnsZone>> remove(const QString& id);
    //! Polls a zone soon (a record of it changed, so its serial and status will).
    void watch(const QString& id);

Q_SIGNALS:
    void zonesAdded(const QList<zenith::DnsZone>& zones);
    void zonesChanged(const QList<zenith::DnsZone>& zones);
    void zonesRemoved(const QStringList& ids);
    //! A listing is complete.
    void loadingFinished();
    //! A listing failed; what arrived before stays.
    void failed(const zenith::ApiError& error);

private:
    QPointer<DnsProvider> m_provider;
    DnsCollection<DnsZone> m_zones;
};

} // namespace zenith
