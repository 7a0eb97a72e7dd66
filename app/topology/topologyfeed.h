#pragma once

#include "topologygraph.h"

#include <QObject>
#include <QTimer>

#include <chrono>

namespace zenith {

class FloatingIpStore;
class NetworkStore;
class PortStore;
class RouterStore;
class ServerStore;
class Session;
class SubnetStore;
struct ApiError;

//! The topology diagram's own stores (networks, subnets, routers, ports, floating IPs, servers),
//! kept live while the diagram is shown: every collection is listed again, all in parallel, each
//! time it is shown and then every `interval`, one listing per collection and never a request per
//! item. Announces a new graph only when what it draws changed.
class TopologyFeed final : public QObject
{
    Q_OBJECT

public:
    explicit TopologyFeed(QObject* parent = nullptr);
    ~TopologyFeed() override;

    void setSession(Session* session);
    //! Shown (refresh now, then every interval) or hidden (stop).
    void setActive(bool active);
    void setInterval(std::chrono::milliseconds interval);
    //! Lists every collection again now (a listing under way is left to finish).
    void refresh();

    //! True once every collection arrived once for this session.
    bool isLoaded() const;
    //! True while a collection has not arrived yet and none failed.
    bool isLoading() const;
    //! True while a listing runs (a refresh under way).
    bool isListing() const;
    //! The last graph built.
    const TopologyGraph& graph() const { return m_graph; }

    NetworkStore* networks() const { return m_networks; }
    SubnetStore* subnets() const { return m_subnets; }
    RouterStore* routers() const { return m_routers; }
    PortStore* ports() const { return m_ports; }
    FloatingIpStore* floatingIps() const { return m_floatingIps; }
    ServerStore* servers() const { return m_servers; }

Q_SIGNALS:
    //! The graph changed (or arrived complete for the first time).
    void graphChanged();
    //! A listing failed; what arrived before stays.
    void failed(const zenith::ApiError& error);
    //! Every collection arrived (again).
    void loaded();

private:
    void changed();
    void rebuild();

    NetworkStore* m_networks;
    SubnetStore* m_subnets;
    RouterStore* m_routers;
    PortStore* m_ports;
    FloatingIpStore* m_floatingIps;
    ServerStore* m_servers;
    QTimer m_timer;   // the periodic refresh
    QTimer m_rebuild; // coalesces a burst of store signals into one rebuild
    TopologyGraph m_graph;
    bool m_active = false;
    bool m_announced = false;
};

} // namespace zenith
