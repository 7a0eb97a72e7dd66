#include "dnsrecordstore.h"

#include "core/whenfinished.h"
#include "dns/dnsprovider.h"

namespace zenith {

DnsRecordStore::DnsRecordStore(QObject* parent)
    : QObject(parent)
    , m_records(this, {[this](const QList<DnsRecord>& r) { Q_EMIT recordsAdded(r); },
                       [this](const QList<DnsRecord>& r) { Q_EMIT recordsChanged(r); },
                       [this](const QStringList& ids) { Q_EMIT recordsRemoved(ids); },
                       [this] { Q_EMIT loadingFinished(); }, [this](const ApiError& e) { Q_EMIT failed(e); }})
{}

DnsRecordStore::~DnsRecordStore() = default;

void DnsRecordStore::setProvider(DnsProvider* provider)
{
    m_provider = provider;
    m_zone.reset();
    follow();
}

DnsProvider* DnsRecordStore::provider() const
{
    return m_provider;
}

void DnsRecordStore::setZone(const std::optional<DnsZone>& zone)
{
    m_zone = zone;
    follow();
}

std::optional<DnsZone> DnsRecordStore::zone() const
{
    return m_zone;
}

void DnsRecordStore::follow()
{
    ++m_generation;
    if (!m_provider || !m_zone) {
        m_records.reset({}, {});
        return;
    }
    QPointer<DnsProvider> p = m_provider;
    const DnsZone zone = *m_zone;
    m_records.reset([p, zone] { return p ? p->listRecords(zone) : QFuture<Result<QList<DnsRecord>>>(); },
                    [p, zone](const DnsRecord& r) { return p ? p->record(zone, r) : QFuture<Result<DnsRecord>>(); });
}

void DnsRecordStore::setTiming(const Timing& timing)
{
    m_records.setTiming(timing);
}

void DnsRecordStore::load()
{
    m_records.load();
}

bool DnsRecordStore::isLoading() const
{
    return m_records.isLoading();
}

bool DnsRecordStore::isLoaded() const
{
    return m_records.isLoaded();
}

QList<DnsRecord> DnsRecordStore::records() const
{
    return m_records.items();
}

const DnsRecord* DnsRecordStore::record(const QString& id) const
{
    return m_records.find(id);
}

QStringList DnsRecordStore::polled() const
{
    return m_records.polled();
}

QFuture<Result<DnsRecord>> DnsRecordStore::create(const DnsRecord& record)
{
    Q_ASSERT(m_provider && m_zone);
    auto future = m_provider->createRecord(*m_zone, record);
    landAction(future, false, {});
    return future;
}

QFuture<Result<DnsRecord>> DnsRecordStore::update(const DnsRecord& record)
{
    Q_ASSERT(m_provider && m_zone);
    auto future = m_provider->updateRecord(*m_zone, record);
    landAction(future, false, record.id);
    return future;
}

QFuture<Result<DnsRecord>> DnsRecordStore::remove(const QString& id)
{
    Q_ASSERT(m_provider && m_zone);
    const DnsRecord* known = m_records.find(id);
    DnsRecord record = known ? *known : DnsRecord{};
    record.id = id;
    auto future = m_provider->deleteRecord(*m_zone, record);
    landAction(future, true, id);
    return future;
}

void DnsRecordStore::landAction(const QFuture<Result<DnsRecord>>& future, bool deletion, const QString& id)
{
    const quint64 generation = m_generation;
    const QString zoneId = m_zone->id;
    whenFinished(future, this, [=, this](const Result<DnsRecord>& result) {
        if (result || (deletion && result.error().kind == ApiError::Kind::NotFound))
            Q_EMIT zoneWritten(zoneId);
        if (generation != m_generation)
            return;
        if (!result) {
            if (deletion && result.error().kind == ApiError::Kind::NotFound)
                m_records.drop(id); // already gone: what the user wanted
            return;
        }
        if (deletion && result->status != DnsStatus::Pending)
            m_records.drop(result->id);
        else
            m_records.put(result.value());
    });
}

} // namespace zenith
