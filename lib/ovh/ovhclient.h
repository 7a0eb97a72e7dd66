#pragma once

#include "ovhcredentials.h"
#include "ovhnewrecord.h"
#include "ovhrecord.h"
#include "ovhrecordfilter.h"
#include "ovhrecordupdate.h"
#include "ovhzone.h"

#include "core/rawreply.h"
#include "core/replyparser.h"
#include "core/requestspec.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace zenith {

class Session;
struct OvhRecordFetch;

//! A small asynchronous client of OVHcloud's DNS API (/domain/zone...), for the zones a lab's
//! students have at OVHcloud, which offers no Designate. Calls travel through a Session's
//! sendRaw() (its network access, TLS, timeouts, rate limit, activity count and redacted logs)
//! but need no Keystone token: each is signed with the OVHcloud keys (ovhsignature.h).
//!
//! The signature carries a timestamp that OVHcloud checks against its own clock, so the client
//! reads the server's time (GET /auth/time) before its first signed call and keeps the offset:
//! a wrong local clock does not break signing. Calls made meanwhile wait for it.
//!
//! Every future holds exactly one result; cancelling it abandons the call. Errors are ApiError
//! of service "ovh" (ovherror.h). Use from the Session's thread.
class OvhClient final : public QObject
{
    Q_OBJECT

public:
    //! A client signing with `credentials`, sending through `session` (which must outlive it).
    OvhClient(Session* session, OvhCredentials credentials, QObject* parent = nullptr);
    ~OvhClient() override;

    const OvhCredentials& credentials() const { return m_credentials; }

    //! How many record reads listRecords() keeps in flight at once (default 8).
    void setMaxParallelReads(int count);
    //! The local clock in Unix seconds (tests give a wrong one); the system clock by default.
    void setLocalClock(std::function<qint64()> nowSeconds);
    //! Server time minus local time, in seconds, once known; setting it skips GET /auth/time.
    std::optional<qint64> timeOffset() const { return m_timeOffset; }
    void setTimeOffset(std::optional<qint64> seconds) { m_timeOffset = seconds; }
    //! Reads the server's time now and keeps the offset; the result is the offset.
    QFuture<Result<qint64>> synchronizeClock();

    //! GET /domain/zone: the names of the zones the keys may see.
    QFuture<Result<QStringList>> listZones();
    //! GET /domain/zone/{zone}.
    QFuture<Result<OvhZone>> getZone(const QString& zone);
    //! GET /domain/zone/{zone}/record[?fieldType=&subDomain=]: the ids of the matching records.
    QFuture<Result<QList<qint64>>> listRecordIds(const QString& zone, const OvhRecordFilter& filter = {});
    //! GET /domain/zone/{zone}/record/{id}.
    QFuture<Result<OvhRecord>> getRecord(const QString& zone, qint64 id);
    //! The matching records themselves: their ids, then one GET per record (OVHcloud's API has no
    //! other way), at most setMaxParallelReads() at a time. In the order of the ids; a record
    //! deleted between the two steps is left out; any other failure fails the whole listing.
    QFuture<Result<QList<OvhRecord>>> listRecords(const QString& zone, const OvhRecordFilter& filter = {});
    //! POST /domain/zone/{zone}/record: the record as created, with its id.
    QFuture<Result<OvhRecord>> createRecord(const QString& zone, const OvhNewRecord& record);
    //! PUT /domain/zone/{zone}/record/{id}.
    QFuture<Result<NoContent>> updateRecord(const QString& zone, qint64 id, const OvhRecordUpdate& update);
    //! DELETE /domain/zone/{zone}/record/{id}.
    QFuture<Result<NoContent>> deleteRecord(const QString& zone, qint64 id);
    //! POST /domain/zone/{zone}/refresh: puts the zone's changes on OVHcloud's name servers
    //! (record changes are only saved until then).
    QFuture<Result<NoContent>> refreshZone(const QString& zone);

    //! One signed call, the primitive the calls above build on. `path` is relative to the
    //! endpoint and already percent-encoded ("domain/zone/example.org/record"); `done` runs once,
    //! on this thread, unless this client is destroyed first.
    struct Call
    {
        HttpMethod method = HttpMethod::Get;
        QString path;
        QUrlQuery query;
        QByteArray body; //!< JSON, or empty
    };
    void send(const Call& call, std::function<void(const Result<RawReply>&)> done,
              const QFuture<void>& cancellation = {});

    //! The URL a call goes to, exactly as signed and sent: endpoint + "/" + path [+ "?" + query].
    QUrl urlFor(const Call& call) const;
    //! The zone name as one path segment, or a BadRequest error when it cannot be one (empty,
    //! "." or "..", a '/' or a control character): checked before anything is sent.
    static Result<QString> zoneSegment(const QString& zone);

private:
    struct Pending
    {
        Call call;
        std::function<void(const Result<RawReply>&)> done;
        QFuture<void> cancellation;
    };
    template <typename T>
    QFuture<Result<T>> request(const Call& call, std::function<Result<T>(const QByteArray&)> parse);
    template <typename T>
    QFuture<Result<T>> inZone(const QString& zone, const std::function<QFuture<Result<T>>(const QString&)>& then);
    void sendSigned(const Pending& pending);
    void readRecords(const std::shared_ptr<OvhRecordFetch>& fetch);
    void onClockRead(const Result<qint64>& offset);
    qint64 localNow() const;

    QPointer<Session> m_session;
    OvhCredentials m_credentials;
    std::function<qint64()> m_localClock;
    std::optional<qint64> m_timeOffset;
    bool m_readingClock = false;
    QList<Pending> m_waiting; //!< signed calls asked for before the clock offset was known
    std::vector<std::function<void(const Result<qint64>&)>> m_clockWaiters;
    int m_maxParallelReads = 8;
};

} // namespace zenith
