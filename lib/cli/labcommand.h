#pragma once

#include "lab/labtopology.h"

#include <QString>

namespace zenith {

//! The `openstack …` lines that build and delete a lab, one per LabStep, quoted with
//! OpenstackCommand. Resources are named by their names (as a student would type them); the lab's
//! tag goes where the CLI can set it. Pure functions; never a secret (user data is a file name).
class LabCommand
{
public:
    //! openstack network create --tag TAG NAME
    static QString networkCreate(const LabTopology& topology);
    //! openstack subnet create --network NET --subnet-range CIDR --gateway GW
    //! --allocation-pool start=…,end=… --dns-nameserver NS --tag TAG NAME
    static QString subnetCreate(const LabTopology& topology);
    //! openstack security group create --tag TAG NAME
    static QString securityGroupCreate(const LabTopology& topology, const LabSecurityGroup& group);
    //! openstack security group rule create --ingress --protocol P [--dst-port A[:B]]
    //! (--remote-ip CIDR | --remote-group GROUP) GROUP
    static QString securityGroupRuleCreate(const LabTopology& topology, const LabSecurityGroup& group,
                                           const LabSecurityRule& rule);
    //! openstack port create --network NET [--fixed-ip subnet=…,ip-address=…] [--allowed-address
    //! ip-address=…] (--security-group G… | --disable-port-security --no-security-group) --tag TAG NAME
    static QString portCreate(const LabTopology& topology, const LabPort& port);
    //! openstack server group create --policy POLICY NAME
    static QString serverGroupCreate(const LabTopology& topology);
    //! openstack volume create --size N --property zenith-lab=LAB NAME
    static QString volumeCreate(const LabTopology& topology);
    //! openstack --os-compute-api-version 2.52 server create --image … --flavor … --port …
    //! [--hint group=ID] --key-name … --user-data <key>.yaml --tag TAG NAME; until the server group
    //! exists its id reads "<id of NAME>"
    static QString serverCreate(const LabTopology& topology, const LabServer& server,
                                const QString& serverGroupId = {});
    //! openstack console log show SERVER (where the ready marker appears)
    static QString consoleLogShow(const LabServer& server);
    //! openstack server add volume SERVER VOLUME
    static QString serverAddVolume(const LabTopology& topology);
    //! openstack recordset create --type A --record IP ZONE. NAME (NAME relative to the zone)
    static QString recordSetCreate(const LabTopology& topology, const QString& recordName, const QString& ip = {});

    //! openstack recordset delete ZONE. NAME
    static QString recordSetDelete(const LabTopology& topology, const QString& recordName);
    //! openstack server remove volume SERVER VOLUME
    static QString serverRemoveVolume(const LabTopology& topology);
    //! openstack server delete --wait SERVER
    static QString serverDelete(const LabServer& server);
    //! openstack port delete PORT
    static QString portDelete(const LabPort& port);
    //! openstack volume delete VOLUME
    static QString volumeDelete(const LabTopology& topology);
    //! openstack server group delete NAME
    static QString serverGroupDelete(const LabTopology& topology);
    //! openstack security group delete GROUP (its rules go with it)
    static QString securityGroupDelete(const LabSecurityGroup& group);
    //! openstack subnet delete NAME
    static QString subnetDelete(const LabTopology& topology);
    //! openstack network delete NAME
    static QString networkDelete(const LabTopology& topology);
};

} // namespace zenith
