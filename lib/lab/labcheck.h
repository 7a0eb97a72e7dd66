#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace zenith {

//! One line of the lab's checklist (the verifier's output): green or red, with the data that
//! shows why (ids, addresses, what differs). app/ words the kind and the fix.
struct LabCheck
{
    enum class Kind {
        InstancesCreated,           //!< every server exists and is ACTIVE
        PrivateNetworkAttached,     //!< every server has a port on the lab's network with its fixed address
        VolumeAttached,             //!< the database volume is in-use on the db server
        SecurityGroups,             //!< each port has its role's groups, each group its rules
        KeypairImported,            //!< the key pair exists and every server boots with it
        PostInstallScript,          //!< each server's console shows its cloud-init ready marker
        GatewayTwoPorts,            //!< the gateway has a public and a private port
        GatewayFixedIp,             //!< its private port holds the subnet's gateway address (10.12.0.1)
        GatewayAntiSpoofing,        //!< allowed address pair 0.0.0.0/0 (or port security off, as planned)
        SubnetGateway,              //!< the subnet's gateway_ip, pool and DNS server are the lab's
        NoPublicIpOnPrivateServers, //!< only the gateway has an address outside the lab's range
        DnsRecordMatches,           //!< the domain's A records point at the gateway's public address
        ServerGroup,                //!< the web servers are members of the lab's server group
    };

    Kind kind = Kind::InstancesCreated;
    bool passed = false;
    QString detail; //!< data, not prose: "lab-web2: ERROR", "10.12.0.1", "port lab-lb-private: []"
    //! The check could not be made here (e.g. readiness markers on a cloud whose consoles are
    //! empty, records without a DNS provider): neither green nor red; passed stays true.
    bool skipped = false;

    //! Stable, non-translated name of a kind ("GatewayFixedIp"), for JSON and logs.
    static QString kindName(Kind kind);
    //! The checklist as one JSON document: {"passed": bool, "checks": [{"check", "passed", "skipped", "detail"}]}.
    static QByteArray toJson(const QList<LabCheck>& checks);
    //! True when no check is red.
    static bool allPassed(const QList<LabCheck>& checks);

    friend bool operator==(const LabCheck&, const LabCheck&) = default;
};

} // namespace zenith
