#pragma once

#include <QList>
#include <QString>

namespace zenith {

//! One box or bus of the topology diagram: a network (external or private, with its subnets),
//! a router, an instance, or the owner of ports that is none of those.
struct TopologyNode
{
    enum class Kind {
        ExternalNetwork, //!< router:external: drawn on top
        Network,         //!< a private (or shared, not external) network
        Router,
        Server,
        Device, //!< a port's device that is not a known server or router (a load balancer, another project)
        Port,   //!< a port without a device: the node stands for the port itself
    };

    //! A subnet of a network node, as the diagram labels it.
    struct Subnet
    {
        QString id;
        QString name;
        QString cidr;
        QString gatewayIp; //!< empty: no gateway
        int ipVersion = 4;

        bool operator==(const Subnet&) const = default;
    };

    Kind kind = Kind::Network;
    QString id;
    QString name;   //!< empty when the resource has none (the view shows a short id)
    QString status; //!< ACTIVE, DOWN, SHUTOFF...; empty when unknown
    bool shared = false;
    QString deviceOwner;      //!< Device and Port nodes: the ports' device_owner
    QList<Subnet> subnets;    //!< network nodes, sorted by CIDR
    bool placeholder = false; //!< a network only known from a port (not listed, e.g. hidden from the project)

    bool isNetwork() const { return kind == Kind::ExternalNetwork || kind == Kind::Network; }
    //! The name, or the first 8 characters of the id when there is no name.
    QString label() const { return name.isEmpty() ? id.left(8) : name; }
    bool operator==(const TopologyNode&) const = default;
};

} // namespace zenith
