#include "designateprovider.h"

#include "createrecordsetrequest.h"
#include "createzonerequest.h"
#include "deleterecordsetrequest.h"
#include "deletezonerequest.h"
#include "getrecordsetrequest.h"
#include "getzonerequest.h"
#include "listrecordsetsrequest.h"
#include "listzonesrequest.h"
#include "updaterecordsetrequest.h"

#include "core/session.h"

#include <QFutureWatcher>
#include <QPromise>

#include <memory>

namespace zenith {

namespace {

template <typename T> QFuture<Result<T>> failedFuture(const ApiError& error)
{
    QPromise<Result<T>> promise;
    promise.start();
    promise.addResult(Result<T>(error));
    promise.finish();
    return promise.future();
}

ApiError noSession()
{
    return ApiError::local(ApiError::Kind::Cancelled, QStringLiteral("no session"), QStringLiteral("dns"));
}

// A single answer in the neutral shape. Without a context the continuation runs where the
// session fulfils the promise (the GUI thread), and nothing can die under it.
template <typename In, typename Map> auto mapOne(QFuture<Result<In>> future, Map map)
{
    using Out = decltype(map(std::declval<const In&>()));
    return future.then([map](const Result<In>& in) -> Result<Out> {
        if (!in)
            return in.error();
        return map(in.value());
    });
}

// A paged answer in the neutral shape, page by page as they arrive. The watcher lives on the
// provider: a provider deleted under a listing drops the promise, whose destructor finishes it.
template <typename R, typename Map>
auto mapPages(QObject* context, QFuture<Result<typename R::Response>> pages, Map map)
{
    using Item = decltype(map(std::declval<const typename R::Response&>().items.front()));
    using Out = Result<QList<Item>>;
    auto promise = std::make_shared<QPromise<Out>>();
    promise->start();
    auto* watcher = new QFutureWatcher<Result<typename R::Response>>(context);
    QObject::connect(watcher, &QFutureWatcherBase::resultsReadyAt, context, [=](int begin, int end) {
        for (int i = begin; i < end; ++i) {
            const auto page = watcher->future().resultAt(i);
            if (!page) {
                promise->addResult(Out(page.error()));
                continue;
            }
            QList<Item> items;
            items.reserve(page->items.size());
            for (const auto& item : page->items)
                items << map(item);
            promise->addResult(Out(items));
        }
    });
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [=] {
        watcher->deleteLater();
        promise->finish();
    });
    watcher->setFuture(pages);
    return promise->future();
}

} // namespace

DesignateProvider::DesignateProvider(Session* session, QObject* parent)
    : DnsProvider(parent)
    , m_session(session)
{}

DesignateProvider::~DesignateProvider() = default;

Session* DesignateProvider::session() const
{
    return m_session;
}

void DesignateProvider::setPageSize(int pageSize)
{
    m_pageSize = pageSize;
}

DnsProvider::Capabilities DesignateProvider::capabilities() const
{
    Capabilities c;
    c.createZones = true;
    c.statuses = true;
    c.publish = false;
    c.recordSets = true;
    return c;
}

DnsZone DesignateProvider::toDnsZone(const Zone& zone)
{
    DnsZone z;
    z.id = zone.id;
    z.name = zone.name;
    z.email = zone.email;
    if (zone.ttl > 0)
        z.ttl = zone.ttl;
    z.serial = zone.serial;
    z.status = dnsStatusFromDesignate(zone.status);
    z.action = zone.action == u"NONE" ? QString() : zone.action;
    return z;
}

DnsRecord DesignateProvider::toDnsRecord(const RecordSet& set)
{
    DnsRecord r;
    r.id = set.id;
    r.zoneId = set.zoneId;
    r.type = set.type;
    r.name = set.name;
    r.values = set.records;
    r.ttl = set.ttl;
    r.status = dnsStatusFromDesignate(set.status);
    r.action = set.action == u"NONE" ? QString() : set.action;
    r.description = set.description;
    return r;
}

QFuture<Result<QList<DnsZone>>> DesignateProvider::listZones()
{
    if (!m_session)
        return failedFuture<QList<DnsZone>>(noSession());
    ListZonesRequest request;
    request.limit = m_pageSize;
    return mapPages<ListZonesRequest>(this, m_session->sendPaged(request), &DesignateProvider::toDnsZone);
}

QFuture<Result<DnsZone>> DesignateProvider::zone(const DnsZone& zone)
{
    if (!m_session)
        return failedFuture<DnsZone>(noSession());
    return mapOne(m_session->send(GetZoneRequest{zone.id}), &DesignateProvider::toDnsZone);
}

QFuture<Result<DnsZone>> DesignateProvider::createZone(const DnsZoneSpec& spec)
{
    if (!m_session)
        return failedFuture<DnsZone>(noSession());
    CreateZoneRequest request;
    request.name = spec.name;
    request.email = spec.email;
    request.ttl = spec.ttl;
    return mapOne(m_session->send(request), &DesignateProvider::toDnsZone);
}

QFuture<Result<DnsZone>> DesignateProvider::deleteZone(const DnsZone& zone)
{
    if (!m_session)
        return failedFuture<DnsZone>(noSession());
    return mapOne(m_session->send(DeleteZoneRequest{zone.id}), &DesignateProvider::toDnsZone);
}

QFuture<Result<QList<DnsRecord>>> DesignateProvider::listRecords(const DnsZone& zone)
{
    if (!m_session)
        return failedFuture<QList<DnsRecord>>(noSession());
    ListRecordSetsRequest request;
    request.zoneId = zone.id;
    request.limit = m_pageSize;
    return mapPages<ListRecordSetsRequest>(this, m_session->sendPaged(request), &DesignateProvider::toDnsRecord);
}

QFuture<Result<DnsRecord>> DesignateProvider::record(const DnsZone& zone, const DnsRecord& record)
{
    if (!m_session)
        return failedFuture<DnsRecord>(noSession());
    return mapOne(m_session->send(GetRecordSetRequest{zone.id, record.id}), &DesignateProvider::toDnsRecord);
}

QFuture<Result<DnsRecord>> DesignateProvider::createRecord(const DnsZone& zone, const DnsRecord& record)
{
    if (!m_session)
        return failedFuture<DnsRecord>(noSession());
    CreateRecordSetRequest request;
    request.zoneId = zone.id;
    request.name = record.name;
    request.type = record.type;
    request.records = record.values;
    request.ttl = record.ttl;
    if (!record.description.isEmpty())
        request.description = record.description;
    return mapOne(m_session->send(request), &DesignateProvider::toDnsRecord);
}

QFuture<Result<DnsRecord>> DesignateProvider::updateRecord(const DnsZone& zone, const DnsRecord& record)
{
    if (!m_session)
        return failedFuture<DnsRecord>(noSession());
    UpdateRecordSetRequest request;
    request.zoneId = zone.id;
    request.id = record.id;
    request.records = record.values;
    // No TTL of its own any more: the zone's applies again.
    request.ttl = record.ttl ? Nullable<int>(record.ttl) : clearValue<int>();
    return mapOne(m_session->send(request), &DesignateProvider::toDnsRecord);
}

QFuture<Result<DnsRecord>> DesignateProvider::deleteRecord(const DnsZone& zone, const DnsRecord& record)
{
    if (!m_session)
        return failedFuture<DnsRecord>(noSession());
    return mapOne(m_session->send(DeleteRecordSetRequest{zone.id, record.id}), &DesignateProvider::toDnsRecord);
}

QFuture<Result<void>> DesignateProvider::publish(const DnsZone&)
{
    // Designate's worker publishes every change by itself.
    QPromise<Result<void>> promise;
    promise.start();
    promise.addResult(Result<void>());
    promise.finish();
    return promise.future();
}

} // namespace zenith
