#include "portstore.h"

#include "core/session.h"
#include "core/whenfinished.h"

#include <algorithm>

namespace zenith {

namespace {

// What the Ports tab and the diagram show; updatedAt alone would do on Neutron, but a cloud with
// a coarse clock must still refresh a status that changed within the second.
bool samePort(const Port& a, const Port& b)
{
    const auto sameIps = [](const QList<PortFixedIp>& x, const QList<PortFixedIp>& y) {
        return std::equal(x.begin(), x.end(), y.begin(), y.end(), [](const PortFixedIp& p, const PortFixedIp& q) {
            return p.subnetId == q.subnetId && p.ipAddress == q.ipAddress;
        });
    };
    const auto samePairs = [](const QList<AllowedAddressPair>& x, const QList<AllowedAddressPair>& y) {
        return std::equal(x.begin(), x.end(), y.begin(), y.end(),
                          [](const AllowedAddressPair& p, const AllowedAddressPair& q) {
                              return p.ipAddress == q.ipAddress && p.macAddress == q.macAddress;
                          });
    };
    return a.updatedAt == b.updatedAt && a.name == b.name && a.status == b.status && a.deviceId == b.deviceId &&
           a.deviceOwner == b.deviceOwner && a.networkId == b.networkId && a.macAddress == b.macAddress &&
           a.securityGroups == b.securityGroups && a.portSecurityEnabled == b.portSecurityEnabled &&
           a.adminStateUp == b.adminStateUp && a.description == b.description && a.tags == b.tags &&
           sameIps(a.fixedIps, b.fixedIps) && samePairs(a.allowedAddressPairs, b.allowedAddressPairs);
}

} // namespace

PortStore::PortStore(QObject* parent)
    : QObject(parent)
    , m_listing(this, samePort,
                {[this](const QList<Port>& items) { Q_EMIT portsAdded(items); },
                 [this](const QList<Port>& items) { Q_EMIT portsChanged(items); },
                 [this](const QStringList& ids) { Q_EMIT portsRemoved(ids); }, [this] { Q_EMIT loadingFinished(); },
                 [this](const ApiError& error) { Q_EMIT failed(error); }})
{
    // The first rows show after a page of 100; a project with thousands of ports is then listed
    // 1,000 at a time, as the Instances tab does.
    m_listing.setLaterPageSize(1000);
    // Ports settle within seconds of a server's boot; nothing else about them changes on its own,
    // so a slow refresh while one is settling is enough.
    m_settleTimer.setInterval(std::chrono::seconds(20));
    connect(&m_settleTimer, &QTimer::timeout, this, &PortStore::refreshIfSettling);
}

PortStore::~PortStore() = default;

void PortStore::setSession(Session* session)
{
    ++m_generation;
    m_listing.setSession(session);
}

Session* PortStore::session() const
{
    return m_listing.session();
}

void PortStore::setPageSize(int pageSize, int laterPageSize)
{
    m_listing.setPageSize(pageSize);
    m_listing.setLaterPageSize(laterPageSize);
}

void PortStore::setSettleRefresh(std::chrono::milliseconds interval)
{
    m_settleTimer.setInterval(interval);
}

void PortStore::load()
{
    m_listing.load();
}

void PortStore::start()
{
    load();
    m_settleTimer.start();
}

void PortStore::pause()
{
    m_settleTimer.stop();
}

bool PortStore::isLoading() const
{
    return m_listing.isLoading();
}

bool PortStore::isLoaded() const
{
    return m_listing.isLoaded();
}

QList<Port> PortStore::ports() const
{
    return m_listing.items();
}

const Port* PortStore::port(const QString& id) const
{
    return m_listing.find(id);
}

bool PortStore::isSettling(const Port& port)
{
    return port.status == u"BUILD" || (port.status == u"DOWN" && !port.deviceId.isEmpty());
}

void PortStore::refreshIfSettling()
{
    const QList<Port> ports = m_listing.items();
    if (std::any_of(ports.begin(), ports.end(), &PortStore::isSettling))
        load();
}

QFuture<Result<Port>> PortStore::create(const CreatePortRequest& request)
{
    Session* session = m_listing.session();
    if (!session)
        return QtFuture::makeReadyFuture(
            Result<Port>(ApiError::local(ApiError::Kind::Config, QStringLiteral("No session"))));
    QFuture<Result<Port>> future = session->send(request);
    const quint64 generation = m_generation;
    whenFinished(future, this, [this, generation](const Result<Port>& result) {
        if (generation == m_generation && result)
            m_listing.upsert(*result);
    });
    return future;
}

QFuture<Result<Port>> PortStore::update(const UpdatePortRequest& request)
{
    Session* session = m_listing.session();
    if (!session)
        return QtFuture::makeReadyFuture(
            Result<Port>(ApiError::local(ApiError::Kind::Config, QStringLiteral("No session"))));
    QFuture<Result<Port>> future = session->send(request);
    const quint64 generation = m_generation;
    whenFinished(future, this, [this, generation](const Result<Port>& result) {
        if (generation == m_generation && result)
            m_listing.upsert(*result);
    });
    return future;
}

QFuture<Result<NoContent>> PortStore::remove(const QString& id)
{
    Session* session = m_listing.session();
    if (!session)
        return QtFuture::makeReadyFuture(
            Result<NoContent>(ApiError::local(ApiError::Kind::Config, QStringLiteral("No session"))));
    QFuture<Result<NoContent>> future = session->send(DeletePortRequest{id});
    const quint64 generation = m_generation;
    whenFinished(future, this, [this, generation, id](const Result<NoContent>& result) {
        // Already gone (deleted elsewhere): what the user wanted.
        if (generation == m_generation && (result || result.error().kind == ApiError::Kind::NotFound))
            m_listing.forget(id);
    });
    return future;
}

} // namespace zenith
