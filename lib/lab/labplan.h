#pragma once

#include <QString>

namespace zenith {

//! Which DNS service gets the domain's A records.
enum class LabDnsProvider { None, Designate, Ovh };

//! The Nova server-group policy of the web servers. Anti-affinity refuses to schedule two web
//! servers on one host, so it fails on a one-host cloud (the dev cloud, many small clouds);
//! soft anti-affinity spreads them when it can and still deploys when it cannot.
enum class LabServerGroupPolicy { AntiAffinity, SoftAntiAffinity };

//! What the NAT gateway's private port does about Neutron's anti-spoofing, which drops packets
//! whose source is not the port's own address (the NATed replies coming back from the Internet).
enum class LabGatewaySpoofing {
    AllowedAddressPair, //!< keep port security, allow 0.0.0.0/0 as an extra source (the default)
    PortSecurityOff     //!< switch port security off on that port (no security groups on it either)
};

//! The machine of one role: the image and flavor by the names the cloud lists.
struct LabMachine
{
    QString image;
    QString flavor;

    friend bool operator==(const LabMachine&, const LabMachine&) = default;
};

//! Everything the lab wizard (or `zenith lab … --config lab.yaml`) collects: a plain value, no I/O.
//! The defaults are the tutorial's: a 10.12.0.0/16 network behind a HAProxy gateway on Ext-Net.
struct LabPlan
{
    QString cloud;  //!< the clouds.yaml entry (or "demo")
    QString region; //!< empty: the cloud's first
    //! The lab's id within the project: the prefix of every resource name and the tag on each.
    QString name = QStringLiteral("lab");
    QString cidr = QStringLiteral("10.12.0.0/16");
    QString publicNetwork = QStringLiteral("Ext-Net");
    LabMachine loadBalancer;
    LabMachine web;
    LabMachine database;
    LabMachine nameServer;
    int webCount = 2;
    int databaseVolumeGb = 10;
    QString keypair; //!< an existing key pair of the project, by name
    QString domain;  //!< e.g. "zenith-lab.example" (no final dot); empty: no public records
    LabDnsProvider dnsProvider = LabDnsProvider::None;
    QString tlsEmail;       //!< the Let's Encrypt account; empty: HTTP only
    bool tlsStaging = true; //!< Let's Encrypt's staging server: a class stays clear of production rate limits
    LabServerGroupPolicy webPolicy = LabServerGroupPolicy::SoftAntiAffinity;
    LabGatewaySpoofing gatewaySpoofing = LabGatewaySpoofing::AllowedAddressPair;
    QString internalZone = QStringLiteral("lab.internal"); //!< bind9's zone for lb, web1..N, db, ns

    //! The tag every resource of this lab carries: "zenith-lab:<name>" (Neutron and Nova tags,
    //! Cinder and Designate metadata/description), how reconcile and teardown find them.
    QString tag() const;
    //! "<name>-<suffix>": the name of one of the lab's resources.
    QString resourceName(const QString& suffix) const;

    friend bool operator==(const LabPlan&, const LabPlan&) = default;
};

} // namespace zenith
