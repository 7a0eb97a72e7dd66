#pragma once

#include <QList>
#include <QString>

namespace zenith {

//! One thing wrong with a LabPlan, as codes: app/ writes the words (and the fix).
struct LabPlanIssue
{
    //! The plan field at fault.
    enum class Field {
        Name,
        Cidr,
        PublicNetwork,
        Image,
        Flavor,
        WebCount,
        VolumeSize,
        Keypair,
        Domain,
        TlsEmail,
        InternalZone,
        ResourceName,   //!< a resource the lab would create (value: its name)
        DnsCredentials, //!< OVHcloud's API keys, which its records need (NotFound: none available)
    };
    //! What is wrong with it.
    enum class Problem {
        Empty,
        Invalid,          //!< bad syntax (value: what was typed)
        TooLong,          //!< value: what was typed
        OutOfRange,       //!< a number or a prefix length outside what the lab supports
        HostBitsSet,      //!< "10.12.0.5/16": a CIDR whose address is not the network's
        Overlaps,         //!< the CIDR overlaps an existing subnet of the project (value: that subnet's CIDR)
        Conflicts,        //!< a name is taken by a resource that is not this lab's (value: the name)
        NotFound,         //!< the public network, an image, flavor, key pair or DNS zone is missing (value: its name)
        NotExternal,      //!< the public network exists but is not external (router:external false)
        DeployedWithHeat, //!< the lab exists as a Heat stack (value: the stack's name)
        Deployed,         //!< the lab's tagged resources exist (value: the lab's name): Heat would duplicate them
    };

    Field field = Field::Name;
    Problem problem = Problem::Invalid;
    QString role;  //!< "lb", "web", "db", "ns" for Image and Flavor; empty otherwise
    QString value; //!< the offending text; for Overlaps the existing CIDR, for Conflicts the name
    QString other; //!< Overlaps: the existing subnet's name; Conflicts: the kind of resource ("port", "network"…)

    friend bool operator==(const LabPlanIssue&, const LabPlanIssue&) = default;
};

} // namespace zenith
