#include "labdnsrecords.h"

#include "core/whenfinished.h"
#include "dns/dnsprovider.h"

#include <QFutureWatcher>

#include <memory>

namespace zenith {

namespace {

// Every page of a list call, or its first error, once the future ends.
template <typename T>
void whenAllPages(const QFuture<Result<QList<T>>>& future, QObject* context,
                  std::function<void(const Result<QList<T>>&)> then)
{
    auto* watcher = new QFutureWatcher<Result<QList<T>>>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, then] {
        watcher->deleteLater();
        QList<T> all;
        for (const Result<QList<T>>& page : watcher->future().results()) {
            if (!page)
                return then(page.error());
            all += page.value();
        }
        then(all);
    });
    watcher->setFuture(future);
}

// After every call of a batch has answered: the first error, or success.
struct Batch
{
    int pending = 0;
    std::optional<ApiError> error;
    std::function<void(const std::optional<ApiError>&)> done;

    void finishOne()
    {
        if (--pending == 0)
            done(error);
    }
};

} // namespace

LabDnsRecords::LabDnsRecords(DnsProvider* provider, LabTopology topology, QObject* parent)
    : QObject(parent)
    , m_provider(provider)
    , m_topology(std::move(topology))
{}

LabDnsRecords::~LabDnsRecords() = default;

std::optional<LabPlanIssue> LabDnsRecords::credentialsIssue(const LabPlan& plan, bool haveOvhCredentials)
{
    if (plan.dnsProvider != LabDnsProvider::Ovh || plan.domain.isEmpty() || haveOvhCredentials)
        return std::nullopt;
    LabPlanIssue issue;
    issue.field = LabPlanIssue::Field::DnsCredentials;
    issue.problem = LabPlanIssue::Problem::NotFound;
    issue.value = plan.domain;
    return issue;
}

QList<DnsRecord> LabDnsRecords::planned(const QList<DnsRecord>& all) const
{
    QList<DnsRecord> ours;
    for (const DnsRecord& r : all) {
        // Designate lists a deleted record set until its servers dropped it (action DELETE).
        if (r.type == u"A" && m_topology.recordNames.contains(r.name) && r.action != u"DELETE")
            ours.append(r);
    }
    return ours;
}

void LabDnsRecords::withZone(std::function<void(const DnsZone&)> then)
{
    if (!m_provider)
        return Q_EMIT failed(
            ApiError::local(ApiError::Kind::Config, QStringLiteral("No DNS provider"), QStringLiteral("dns")));
    ++m_apiCalls;
    whenAllPages<DnsZone>(m_provider->listZones(), this, [this, then](const Result<QList<DnsZone>>& zones) {
        if (!zones)
            return Q_EMIT failed(zones.error());
        const std::optional<DnsZone> zone = zoneOf(zones.value(), m_topology.plan.domain);
        if (!zone) {
            return Q_EMIT failed(ApiError::local(
                ApiError::Kind::NotFound, QStringLiteral("No DNS zone of the project holds ") + m_topology.plan.domain,
                QStringLiteral("dns")));
        }
        then(*zone);
    });
}

void LabDnsRecords::withRecords(const DnsZone& zone, std::function<void(const QList<DnsRecord>&)> then)
{
    ++m_apiCalls;
    whenAllPages<DnsRecord>(m_provider->listRecords(zone), this, [this, then](const Result<QList<DnsRecord>>& all) {
        if (!all)
            return Q_EMIT failed(all.error());
        then(planned(all.value()));
    });
}

void LabDnsRecords::publishThen(const DnsZone& zone, bool changed, std::function<void()> then)
{
    if (!changed || !m_provider->capabilities().publish)
        return then();
    ++m_apiCalls;
    whenFinished(m_provider->publish(zone), this, [this, then](const Result<void>& published) {
        if (!published)
            return Q_EMIT failed(published.error());
        then();
    });
}

void LabDnsRecords::ensure(const QString& address)
{
    withZone([this, address](const DnsZone& zone) {
        withRecords(zone, [this, zone, address](const QList<DnsRecord>& existing) {
            auto batch = std::make_shared<Batch>();
            auto records = std::make_shared<QList<DnsRecord>>();
            auto created = std::make_shared<QStringList>();
            auto changed = std::make_shared<bool>(false);
            batch->done = [this, zone, batch, records, created, changed](const std::optional<ApiError>& error) {
                if (error)
                    return Q_EMIT failed(*error);
                publishThen(zone, *changed, [this, records, created] { Q_EMIT ensured(*records, *created); });
            };
            batch->pending = 1; // held until every call is sent
            const auto collect = [batch, records, changed](const Result<DnsRecord>& r, QStringList* ids) {
                if (!r) {
                    batch->error = batch->error.value_or(r.error());
                } else {
                    records->append(r.value());
                    *changed = true;
                    if (ids)
                        ids->append(r->id);
                }
                batch->finishOne();
            };
            for (const QString& name : std::as_const(m_topology.recordNames)) {
                const auto it = std::find_if(existing.cbegin(), existing.cend(),
                                             [&name](const DnsRecord& r) { return r.name == name; });
                if (it != existing.cend() && it->values == QStringList{address}) {
                    records->append(*it);
                    continue;
                }
                ++batch->pending;
                ++m_apiCalls;
                if (it != existing.cend()) {
                    DnsRecord update = *it;
                    update.values = {address};
                    whenFinished(m_provider->updateRecord(zone, update), this,
                                 [collect](const Result<DnsRecord>& r) { collect(r, nullptr); });
                } else {
                    DnsRecord create;
                    create.zoneId = zone.id;
                    create.type = QStringLiteral("A");
                    create.name = name;
                    create.values = {address};
                    create.description = m_topology.plan.tag();
                    whenFinished(m_provider->createRecord(zone, create), this,
                                 [collect, created](const Result<DnsRecord>& r) { collect(r, created.get()); });
                }
            }
            batch->finishOne();
        });
    });
}

void LabDnsRecords::read()
{
    withZone([this](const DnsZone& zone) {
        withRecords(zone, [this, zone](const QList<DnsRecord>& records) { Q_EMIT found(records, zone); });
    });
}

void LabDnsRecords::remove(const QStringList& recordIds)
{
    withZone([this, recordIds](const DnsZone& zone) {
        auto batch = std::make_shared<Batch>();
        batch->done = [this, zone, recordIds](const std::optional<ApiError>& error) {
            if (error)
                return Q_EMIT failed(*error);
            publishThen(zone, !recordIds.isEmpty(), [this] { Q_EMIT removed(); });
        };
        batch->pending = 1;
        for (const QString& id : recordIds) {
            DnsRecord record;
            record.id = id;
            record.zoneId = zone.id;
            record.type = QStringLiteral("A");
            ++batch->pending;
            ++m_apiCalls;
            whenFinished(m_provider->deleteRecord(zone, record), this, [batch](const Result<DnsRecord>& r) {
                // Gone already (deleted by hand) is as good as deleted.
                if (!r && r.error().kind != ApiError::Kind::NotFound)
                    batch->error = batch->error.value_or(r.error());
                batch->finishOne();
            });
        }
        batch->finishOne();
    });
}

} // namespace zenith
