#include "ovhclient.h"

#include "ovherror.h"
#include "ovhresponse.h"
#include "ovhsignature.h"

#include "core/session.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QPromise>

#include <algorithm>

namespace zenith {

namespace {

template <typename T> QFuture<Result<T>> failed(const ApiError& error)
{
    return QtFuture::makeReadyFuture(Result<T>(error));
}

// A reply that came back but could not be read: say which call it was.
ApiError stamped(ApiError error, const RawReply& reply)
{
    error.service = ovhServiceName();
    error.requestId = reply.requestId;
    error.httpStatus = reply.status;
    return error;
}

QString recordsPath(const QString& segment)
{
    return u"domain/zone/" % segment % u"/record";
}

QString recordPath(const QString& segment, qint64 id)
{
    return u"domain/zone/" % segment % u"/record/" % QString::number(id);
}

QByteArray compact(const QJsonObject& json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

Result<NoContent> ignoreBody(const QByteArray&)
{
    // PUT, DELETE and refresh answer 200 with the body "null".
    return NoContent{};
}

} // namespace

//! What listRecords() keeps between its first call and the reads of each record.
struct OvhRecordFetch
{
    std::shared_ptr<QPromise<Result<QList<OvhRecord>>>> promise;
    QFuture<void> cancellation;
    QString segment;
    QList<qint64> ids;
    QList<std::optional<OvhRecord>> records;
    qsizetype next = 0;
    qsizetype settled = 0;
    int running = 0;
    bool over = false;

    void finish(const Result<QList<OvhRecord>>& result)
    {
        over = true;
        promise->addResult(result);
        promise->finish();
    }
};

OvhClient::OvhClient(Session* session, OvhCredentials credentials, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_credentials(std::move(credentials))
    , m_localClock([] { return QDateTime::currentSecsSinceEpoch(); })
{}

OvhClient::~OvhClient() = default;

void OvhClient::setMaxParallelReads(int count)
{
    m_maxParallelReads = std::max(1, count);
}

void OvhClient::setLocalClock(std::function<qint64()> nowSeconds)
{
    m_localClock = nowSeconds ? std::move(nowSeconds) : [] { return QDateTime::currentSecsSinceEpoch(); };
}

qint64 OvhClient::localNow() const
{
    return m_localClock();
}

Result<QString> OvhClient::zoneSegment(const QString& zone)
{
    // The zone is signed and sent as one path segment: nothing in it may climb out of it.
    const bool control =
        std::any_of(zone.begin(), zone.end(), [](QChar c) { return c.unicode() < 0x20 || c == u'\x7f'; });
    if (zone.isEmpty() || zone == u"." || zone == u".." || zone.contains(u'/') || zone.contains(u'\\') || control)
        return ApiError::local(ApiError::Kind::BadRequest, QStringLiteral("Not a valid zone name: \"%1\"").arg(zone),
                               ovhServiceName());
    return QString::fromLatin1(QUrl::toPercentEncoding(zone));
}

QUrl OvhClient::urlFor(const Call& call) const
{
    QUrl url = m_credentials.endpoint;
    QString base = url.path(QUrl::FullyEncoded);
    if (!base.endsWith(u'/'))
        base += u'/';
    url.setPath(base + call.path, QUrl::TolerantMode);
    QStringList parts;
    for (const auto& [key, value] : call.query.queryItems(QUrl::FullyDecoded))
        parts.append(QString::fromLatin1(QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value)));
    if (!parts.isEmpty())
        url.setQuery(parts.join(u'&'), QUrl::StrictMode);
    return url;
}

void OvhClient::send(const Call& call, std::function<void(const Result<RawReply>&)> done,
                     const QFuture<void>& cancellation)
{
    const QString missing = m_credentials.missingField();
    if (!missing.isEmpty()) {
        done(ApiError::local(ApiError::Kind::Config, QStringLiteral("The OVHcloud %1 is missing").arg(missing),
                             ovhServiceName()));
        return;
    }
    if (!m_session) {
        done(ApiError::local(ApiError::Kind::Config, QStringLiteral("No session to send through"), ovhServiceName()));
        return;
    }
    Pending pending{call, std::move(done), cancellation};
    if (m_timeOffset) {
        sendSigned(pending);
        return;
    }
    m_waiting.append(std::move(pending));
    if (!m_readingClock)
        (void)synchronizeClock();
}

QFuture<Result<qint64>> OvhClient::synchronizeClock()
{
    auto promise = std::make_shared<QPromise<Result<qint64>>>();
    promise->start();
    m_clockWaiters.push_back([promise](const Result<qint64>& offset) {
        promise->addResult(offset);
        promise->finish();
    });
    if (m_readingClock)
        return promise->future();
    if (!m_session) {
        onClockRead(
            ApiError::local(ApiError::Kind::Config, QStringLiteral("No session to send through"), ovhServiceName()));
        return promise->future();
    }
    m_readingClock = true;
    RequestSpec spec;
    spec.service = ServiceType::Dns;
    spec.absoluteUrl = urlFor({HttpMethod::Get, QStringLiteral("auth/time"), {}, {}});
    spec.headers = {{QByteArrayLiteral("X-Ovh-Application"), m_credentials.applicationKey.toUtf8()}};
    const qint64 asked = localNow();
    m_session->sendRaw(spec, [self = QPointer(this), asked](const Result<RawReply>& reply) {
        if (!self)
            return;
        if (!reply) {
            self->onClockRead(refineOvhError(reply.error()));
            return;
        }
        const Result<qint64> server = ovh::parseTime(reply->body);
        if (!server) {
            self->onClockRead(stamped(server.error(), reply.value()));
            return;
        }
        // The server read its clock somewhere between our asking and its answer.
        self->onClockRead(*server - (asked + self->localNow()) / 2);
    });
    return promise->future();
}

void OvhClient::onClockRead(const Result<qint64>& offset)
{
    m_readingClock = false;
    if (offset)
        m_timeOffset = offset.value();
    const QList<Pending> waiting = std::exchange(m_waiting, {});
    const auto waiters = std::exchange(m_clockWaiters, {});
    for (const Pending& pending : waiting) {
        if (offset)
            sendSigned(pending);
        else
            pending.done(offset.error());
    }
    for (const auto& waiter : waiters)
        waiter(offset);
}

void OvhClient::sendSigned(const Pending& pending)
{
    const QUrl url = urlFor(pending.call);
    const qint64 timestamp = localNow() + m_timeOffset.value_or(0);
    const QByteArray method = methodName(pending.call.method);
    RequestSpec spec;
    spec.service = ServiceType::Dns; // the DNS bucket of the session's rate limit
    spec.method = pending.call.method;
    spec.absoluteUrl = url;
    spec.body = pending.call.body;
    spec.headers = {
        {QByteArrayLiteral("X-Ovh-Application"), m_credentials.applicationKey.toUtf8()},
        {QByteArrayLiteral("X-Ovh-Consumer"), m_credentials.consumerKey.toUtf8()},
        {QByteArrayLiteral("X-Ovh-Timestamp"), QByteArray::number(timestamp)},
        {QByteArrayLiteral("X-Ovh-Signature"), ovhSignature(m_credentials.applicationSecret, m_credentials.consumerKey,
                                                            method, url.toEncoded(), pending.call.body, timestamp)},
    };
    m_session->sendRaw(
        spec,
        [self = QPointer(this), done = pending.done](const Result<RawReply>& reply) {
            if (!self)
                return;
            done(reply ? reply : Result<RawReply>(refineOvhError(reply.error())));
        },
        pending.cancellation);
}

template <typename T>
QFuture<Result<T>> OvhClient::request(const Call& call, std::function<Result<T>(const QByteArray&)> parse)
{
    auto promise = std::make_shared<QPromise<Result<T>>>();
    promise->start();
    QFuture<Result<T>> future = promise->future();
    send(
        call,
        [promise, parse](const Result<RawReply>& reply) {
            Result<T> out = reply ? parse(reply->body) : Result<T>(reply.error());
            if (reply && !out)
                out = Result<T>(stamped(out.error(), reply.value()));
            promise->addResult(out);
            promise->finish();
        },
        QFuture<void>(future));
    return future;
}

template <typename T>
QFuture<Result<T>> OvhClient::inZone(const QString& zone, const std::function<QFuture<Result<T>>(const QString&)>& then)
{
    const Result<QString> segment = zoneSegment(zone);
    if (!segment)
        return failed<T>(segment.error());
    return then(segment.value());
}

QFuture<Result<QStringList>> OvhClient::listZones()
{
    return request<QStringList>({HttpMethod::Get, QStringLiteral("domain/zone"), {}, {}}, &ovh::parseNames);
}

QFuture<Result<OvhZone>> OvhClient::getZone(const QString& zone)
{
    return inZone<OvhZone>(zone, [this, zone](const QString& segment) {
        return request<OvhZone>({HttpMethod::Get, QString(u"domain/zone/" % segment), {}, {}},
                                [zone](const QByteArray& body) { return ovh::parseZone(body, zone); });
    });
}

QFuture<Result<QList<qint64>>> OvhClient::listRecordIds(const QString& zone, const OvhRecordFilter& filter)
{
    return inZone<QList<qint64>>(zone, [this, filter](const QString& segment) {
        return request<QList<qint64>>({HttpMethod::Get, recordsPath(segment), filter.toQuery(), {}}, &ovh::parseIds);
    });
}

QFuture<Result<OvhRecord>> OvhClient::getRecord(const QString& zone, qint64 id)
{
    return inZone<OvhRecord>(zone, [this, id](const QString& segment) {
        return request<OvhRecord>({HttpMethod::Get, recordPath(segment, id), {}, {}}, &ovh::parseRecord);
    });
}

QFuture<Result<OvhRecord>> OvhClient::createRecord(const QString& zone, const OvhNewRecord& record)
{
    return inZone<OvhRecord>(zone, [this, record](const QString& segment) {
        return request<OvhRecord>({HttpMethod::Post, recordsPath(segment), {}, compact(record.toJson())},
                                  &ovh::parseRecord);
    });
}

QFuture<Result<NoContent>> OvhClient::updateRecord(const QString& zone, qint64 id, const OvhRecordUpdate& update)
{
    return inZone<NoContent>(zone, [this, id, update](const QString& segment) {
        return request<NoContent>({HttpMethod::Put, recordPath(segment, id), {}, compact(update.toJson())},
                                  &ignoreBody);
    });
}

QFuture<Result<NoContent>> OvhClient::deleteRecord(const QString& zone, qint64 id)
{
    return inZone<NoContent>(zone, [this, id](const QString& segment) {
        return request<NoContent>({HttpMethod::Delete, recordPath(segment, id), {}, {}}, &ignoreBody);
    });
}

QFuture<Result<NoContent>> OvhClient::refreshZone(const QString& zone)
{
    return inZone<NoContent>(zone, [this](const QString& segment) {
        return request<NoContent>({HttpMethod::Post, QString(u"domain/zone/" % segment % u"/refresh"), {}, {}},
                                  &ignoreBody);
    });
}

QFuture<Result<QList<OvhRecord>>> OvhClient::listRecords(const QString& zone, const OvhRecordFilter& filter)
{
    using Out = Result<QList<OvhRecord>>;
    const Result<QString> segment = zoneSegment(zone);
    if (!segment)
        return failed<QList<OvhRecord>>(segment.error());
    auto fetch = std::make_shared<OvhRecordFetch>();
    fetch->promise = std::make_shared<QPromise<Out>>();
    fetch->promise->start();
    fetch->cancellation = QFuture<void>(fetch->promise->future());
    fetch->segment = segment.value();
    send(
        {HttpMethod::Get, recordsPath(fetch->segment), filter.toQuery(), {}},
        [this, fetch](const Result<RawReply>& reply) {
            Result<QList<qint64>> ids = reply ? ovh::parseIds(reply->body) : Result<QList<qint64>>(reply.error());
            if (!ids) {
                fetch->finish(reply ? stamped(ids.error(), reply.value()) : ids.error());
                return;
            }
            fetch->ids = ids.value();
            fetch->records.resize(fetch->ids.size());
            if (fetch->ids.isEmpty()) {
                fetch->finish(QList<OvhRecord>{});
                return;
            }
            readRecords(fetch);
        },
        fetch->cancellation);
    return fetch->promise->future();
}

void OvhClient::readRecords(const std::shared_ptr<OvhRecordFetch>& fetch)
{
    while (!fetch->over && fetch->running < m_maxParallelReads && fetch->next < fetch->ids.size()) {
        const qsizetype index = fetch->next++;
        ++fetch->running;
        send(
            {HttpMethod::Get, recordPath(fetch->segment, fetch->ids.at(index)), {}, {}},
            [this, fetch, index](const Result<RawReply>& reply) {
                --fetch->running;
                ++fetch->settled;
                if (fetch->over)
                    return;
                if (reply) {
                    Result<OvhRecord> record = ovh::parseRecord(reply->body);
                    if (!record) {
                        fetch->finish(stamped(record.error(), reply.value()));
                        return;
                    }
                    fetch->records[index] = record.value();
                } else if (reply.error().kind != ApiError::Kind::NotFound) {
                    fetch->finish(reply.error());
                    return;
                } // else deleted since the listing: left out
                if (fetch->settled < fetch->ids.size()) {
                    readRecords(fetch);
                    return;
                }
                QList<OvhRecord> records;
                for (const auto& record : fetch->records) {
                    if (record)
                        records.append(*record);
                }
                fetch->finish(records);
            },
            fetch->cancellation);
    }
}

} // namespace zenith
