#include "dnszonestore.h"

#include "core/whenfinished.h"
#include "dns/dnsprovider.h"

namespace zenith {

DnsZoneStore::DnsZoneStore(QObject* parent)
    : QObject(parent)
    , m_zones(this, {[this](const QList<DnsZone>& z) { Q_EMIT zonesAdded(z); },
                     [this](const QList<DnsZone>& z) { Q_EMIT zonesChanged(z); },
                     [this](const QStringList& ids) { Q_EMIT zonesRemoved(ids); }, [this] { Q_EMIT loadingFinished(); },
                     [this](const ApiError& e) { Q_EMIT failed(e); }})
{}

DnsZoneStore::~DnsZoneStore() = default;

void DnsZoneStore::setProvider(DnsProvider* provider)
{
    m_provider = provider;
    if (!provider) {
        m_zones.reset({}, {});
        return;
    }
    QPointer<DnsProvider> p = provider;
    m_zones.reset([p] { return p ? p->listZones() : QFuture<Result<QList<DnsZone>>>(); },
                  [p](const DnsZone& zone) { return p ? p->zone(zone) : QFuture<Result<DnsZone>>(); });
}

DnsProvider* DnsZoneStore::provider() const
{
    return m_provider;
}

void DnsZoneStore::setTiming(const Timing& timing)
{
    m_zones.setTiming(timing);
}

void DnsZoneStore::load()
{
    m_zones.load();
}

bool DnsZoneStore::isLoading() const
{
    return m_zones.isLoading();
}

bool DnsZoneStore::isLoaded() const
{
    return m_zones.isLoaded();
}

QList<DnsZone> DnsZoneStore::zones() const
{
    return m_zones.items();
}

const DnsZone* DnsZoneStore::zone(const QString& id) const
{
    return m_zones.find(id);
}

QStringList DnsZoneStore::polled() const
{
    return m_zones.polled();
}

QFuture<Result<DnsZone>> DnsZoneStore::create(const DnsZoneSpec& spec)
{
    Q_ASSERT(m_provider);
    auto future = m_provider->createZone(spec);
    whenFinished(future, this, [this, provider = m_provider](const Result<DnsZone>& result) {
        if (result && provider.data() == m_provider.data())
            m_zones.put(result.value());
    });
    return future;
}

QFuture<Result<DnsZone>> DnsZoneStore::remove(const QString& id)
{
    Q_ASSERT(m_provider);
    const DnsZone* known = m_zones.find(id);
    DnsZone zone = known ? *known : DnsZone{};
    zone.id = id;
    auto future = m_provider->deleteZone(zone);
    whenFinished(future, this, [this, id, provider = m_provider](const Result<DnsZone>& result) {
        if (provider.data() != m_provider.data())
            return;
        // Already gone is what the user wanted; a provider without statuses is done at once.
        if ((!result && result.error().kind == ApiError::Kind::NotFound) ||
            (result && result->status != DnsStatus::Pending))
            m_zones.drop(id);
        else if (result)
            m_zones.put(result.value());
    });
    return future;
}

void DnsZoneStore::watch(const QString& id)
{
    m_zones.watch(id);
}

} // namespace zenith
