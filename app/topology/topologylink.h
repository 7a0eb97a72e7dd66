#pragma once

#include <QString>
#include <QStringList>

namespace zenith {

//! One edge of the topology diagram: a port of a router, instance or device on a network (or a
//! router's external gateway), with what a student must see to understand the traffic.
struct TopologyLink
{
    enum class Role {
        Port,            //!< an instance's, a device's or a free port
        RouterInterface, //!< a router's leg on a subnet
        RouterGateway,   //!< a router's external gateway (SNAT)
    };

    Role role = Role::Port;
    QString portId; //!< empty for a router gateway known only from the router
    QString portName;
    QString nodeId;        //!< the router, server, device or port node
    QString networkId;     //!< the network node
    QStringList ips;       //!< fixed IPs, in the port's order
    QString status;        //!< the port's status (ACTIVE, DOWN, BUILD); empty when unknown
    QStringList gatewayOf; //!< CIDRs of the subnets whose gateway IP this port holds
    bool portSecurityOff = false;
    QStringList allowedPairs;  //!< allowed address pairs (ip_address, "0.0.0.0/0" for a NAT gateway)
    QStringList floatingIps;   //!< floating IP addresses associated with the port
    QStringList floatingIpIds; //!< their ids, in the same order
    QString macAddress;

    bool operator==(const TopologyLink&) const = default;
};

} // namespace zenith
