#include "topologyfeed.h"

#include "stores/floatingipstore.h"
#include "stores/networkstore.h"
#include "stores/portstore.h"
#include "stores/routerstore.h"
#include "stores/serverstore.h"
#include "stores/subnetstore.h"

namespace zenith {

TopologyFeed::TopologyFeed(QObject* parent)
    : QObject(parent)
    , m_networks(new NetworkStore(this))
    , m_subnets(new SubnetStore(this))
    , m_routers(new RouterStore(this))
    , m_ports(new PortStore(this))
    , m_floatingIps(new FloatingIpStore(this))
    , m_servers(new ServerStore(this))
{
    m_timer.setInterval(std::chrono::seconds(10));
    connect(&m_timer, &QTimer::timeout, this, &TopologyFeed::refresh);
    m_rebuild.setSingleShot(true);
    m_rebuild.setInterval(50);
    connect(&m_rebuild, &QTimer::timeout, this, &TopologyFeed::rebuild);
    // The servers refresh themselves on the same beat, with one changes-since listing; a server
    // that is building is seen by the next listing rather than polled on its own.
    ServerStore::Timing timing;
    timing.stableRefresh = std::chrono::seconds(10);
    timing.firstPoll = std::chrono::seconds(10);
    timing.pollListThreshold = -1;
    m_servers->setTiming(timing);

    const auto wire = [this](auto* store, auto added, auto updated, auto removed) {
        connect(store, added, this, &TopologyFeed::changed);
        connect(store, updated, this, &TopologyFeed::changed);
        connect(store, removed, this, &TopologyFeed::changed);
        using Store = std::remove_pointer_t<decltype(store)>;
        connect(store, &Store::loadingFinished, this, &TopologyFeed::changed);
        connect(store, &Store::failed, this, &TopologyFeed::failed);
    };
    wire(m_networks, &NetworkStore::networksAdded, &NetworkStore::networksChanged, &NetworkStore::networksRemoved);
    wire(m_subnets, &SubnetStore::subnetsAdded, &SubnetStore::subnetsChanged, &SubnetStore::subnetsRemoved);
    wire(m_routers, &RouterStore::routersAdded, &RouterStore::routersChanged, &RouterStore::routersRemoved);
    wire(m_ports, &PortStore::portsAdded, &PortStore::portsChanged, &PortStore::portsRemoved);
    wire(m_floatingIps, &FloatingIpStore::floatingIpsAdded, &FloatingIpStore::floatingIpsChanged,
         &FloatingIpStore::floatingIpsRemoved);
    wire(m_servers, &ServerStore::serversAdded, &ServerStore::serversChanged, &ServerStore::serversRemoved);
}

TopologyFeed::~TopologyFeed()
{
    for (QObject* child : children())
        disconnect(child, nullptr, this, nullptr);
}

void TopologyFeed::setSession(Session* session)
{
    m_announced = false;
    m_networks->setSession(session);
    m_subnets->setSession(session);
    m_routers->setSession(session);
    m_ports->setSession(session);
    m_floatingIps->setSession(session);
    m_servers->setSession(session);
    m_graph = {};
    if (m_active)
        refresh();
    Q_EMIT graphChanged();
}

void TopologyFeed::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (active) {
        refresh();
        m_servers->start();
        m_timer.start();
    } else {
        m_timer.stop();
        m_servers->pause();
    }
}

void TopologyFeed::setInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
    ServerStore::Timing timing;
    timing.stableRefresh = interval;
    timing.firstPoll = interval;
    timing.pollListThreshold = -1;
    m_servers->setTiming(timing);
}

void TopologyFeed::refresh()
{
    // load() does nothing while the same collection's listing runs: at most one at a time each.
    m_networks->load();
    m_subnets->load();
    m_routers->load();
    m_ports->load();
    m_floatingIps->load();
}

bool TopologyFeed::isLoaded() const
{
    return m_networks->isLoaded() && m_subnets->isLoaded() && m_routers->isLoaded() && m_ports->isLoaded() &&
           m_floatingIps->isLoaded() && m_servers->isLoaded();
}

bool TopologyFeed::isLoading() const
{
    return !isLoaded() && m_networks->session() != nullptr;
}

bool TopologyFeed::isListing() const
{
    return m_networks->isLoading() || m_subnets->isLoading() || m_routers->isLoading() || m_ports->isLoading() ||
           m_floatingIps->isLoading() || m_servers->isLoading();
}

void TopologyFeed::changed()
{
    if (!m_rebuild.isActive())
        m_rebuild.start();
}

void TopologyFeed::rebuild()
{
    // Half a picture (networks without their ports) would flicker into the whole one.
    if (!isLoaded())
        return;
    TopologyGraph graph = TopologyGraph::build({m_networks->networks(), m_subnets->subnets(), m_routers->routers(),
                                                m_ports->ports(), m_floatingIps->floatingIps(), m_servers->servers()});
    const bool first = !m_announced;
    m_announced = true;
    if (first)
        Q_EMIT loaded();
    if (!first && graph == m_graph)
        return;
    m_graph = std::move(graph);
    Q_EMIT graphChanged();
}

} // namespace zenith
