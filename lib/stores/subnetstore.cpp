#include "subnetstore.h"

#include <utility>

namespace zenith {

namespace {

bool sameSubnet(const Subnet& a, const Subnet& b)
{
    auto pools = [](const Subnet& s) {
        QStringList out;
        for (const AllocationPool& p : s.allocationPools)
            out << p.start + u'-' + p.end;
        return out;
    };
    auto routes = [](const Subnet& s) {
        QStringList out;
        for (const HostRoute& r : s.hostRoutes)
            out << r.destination + u'>' + r.nexthop;
        return out;
    };
    return a.updatedAt == b.updatedAt && a.name == b.name && a.cidr == b.cidr && a.gatewayIp == b.gatewayIp &&
           a.enableDhcp == b.enableDhcp && a.dnsNameservers == b.dnsNameservers && pools(a) == pools(b) &&
           routes(a) == routes(b) && a.networkId == b.networkId;
}

} // namespace

SubnetStore::SubnetStore(QObject* parent)
    : QObject(parent)
    , m_listing(this, sameSubnet,
                {[this](const QList<Subnet>& items) { Q_EMIT subnetsAdded(items); },
                 [this](const QList<Subnet>& items) { Q_EMIT subnetsChanged(items); },
                 [this](const QStringList& ids) { Q_EMIT subnetsRemoved(ids); }, [this] { finishLoading(); },
                 [this](const ApiError& error) {
                     m_again = false;
                     Q_EMIT failed(error);
                 }})
{}

SubnetStore::~SubnetStore() = default;

void SubnetStore::setSession(Session* session)
{
    m_again = false;
    m_listing.setSession(session);
}

Session* SubnetStore::session() const
{
    return m_listing.session();
}

void SubnetStore::setPageSize(int pageSize)
{
    m_listing.setPageSize(pageSize);
}

void SubnetStore::load()
{
    m_listing.load();
}

void SubnetStore::refresh()
{
    // A listing under way may have passed the changed item already: list once more after it.
    if (m_listing.isLoading())
        m_again = true;
    else
        m_listing.load();
}

void SubnetStore::finishLoading()
{
    Q_EMIT loadingFinished();
    if (std::exchange(m_again, false))
        m_listing.load();
}

bool SubnetStore::isLoading() const
{
    return m_listing.isLoading();
}

bool SubnetStore::isLoaded() const
{
    return m_listing.isLoaded();
}

QList<Subnet> SubnetStore::subnets() const
{
    return m_listing.items();
}

const Subnet* SubnetStore::subnet(const QString& id) const
{
    return m_listing.find(id);
}

} // namespace zenith
