#pragma once

#include "labaddresses.h"
#include "labplan.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace zenith {

//! The role a lab server plays.
enum class LabRole { LoadBalancer, Web, Database, NameServer };

//! One ingress rule of a lab security group (Neutron adds the default egress rules itself).
struct LabSecurityRule
{
    QString protocol; //!< "tcp", "udp" or "icmp"
    int portMin = 0;  //!< 0 with portMax 0: every port (ICMP: every type)
    int portMax = 0;
    QString remoteCidr;  //!< "0.0.0.0/0", "10.12.0.0/16", "10.12.0.1/32"; empty when remoteGroup is set
    QString remoteGroup; //!< key of another LabSecurityGroup (the db accepts 3306 from the web group)
};

//! A security group the lab creates.
struct LabSecurityGroup
{
    QString key;  //!< stable within the topology: "public", "gateway", "web", "db", "ns"
    QString name; //!< "<lab>-public"
    QList<LabSecurityRule> rules;
};

//! A Neutron port the lab creates before its server, so that its address is fixed.
struct LabPort
{
    QString key;                //!< "lb-public", "lb-private", "web1", …, "db", "ns"
    QString name;               //!< "<lab>-lb-public"
    bool publicNetwork = false; //!< on the plan's public network (Ext-Net) rather than the lab's
    QString fixedIp;            //!< empty: the public network's DHCP chooses
    QStringList securityGroups; //!< keys of LabSecurityGroup; empty when port security is off
    bool portSecurity = true;
    QStringList allowedAddressPairs; //!< "0.0.0.0/0" on the gateway's private port
};

//! A server of the lab, with its ports in the order Nova attaches them (eth0 first).
struct LabServer
{
    QString key;  //!< "lb", "web1", …, "db", "ns"
    QString name; //!< "<lab>-web1"
    LabRole role = LabRole::Web;
    int index = 0; //!< 1…N for web servers, 0 otherwise
    LabMachine machine;
    QStringList ports; //!< keys of LabPort
    bool inServerGroup = false;
};

//! The desired state of a lab: every resource it is made of, derived from a LabPlan by pure rules.
//! The deployer, the Heat template, the plan page's diagram and the verifier all read this one value.
struct LabTopology
{
    LabPlan plan;
    LabAddresses addresses;
    QString networkName;
    QString subnetName;
    QList<LabSecurityGroup> securityGroups;
    QList<LabPort> ports;
    QList<LabServer> servers; //!< lb, ns, db, web1…N
    QString serverGroupName;
    QString volumeName;      //!< the database's data volume
    QStringList recordNames; //!< "zenith-lab.example." and "www.zenith-lab.example."; empty without a domain

    //! The topology of `plan`; nothing when its CIDR or web count cannot give addresses
    //! (LabPlanValidation says why).
    static std::optional<LabTopology> of(const LabPlan& plan);

    const LabPort* port(const QString& key) const;
    const LabServer* server(const QString& key) const;
    const LabSecurityGroup* securityGroup(const QString& key) const;
};

} // namespace zenith
