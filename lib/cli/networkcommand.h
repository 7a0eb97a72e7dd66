#pragma once

#include <QString>
#include <QStringList>

namespace zenith {

struct CreateSubnetRequest;
struct UpdateSubnetRequest;

//! The `openstack` commands of the Networks, Routers and Floating IPs tabs, quoted for a POSIX
//! shell (OpenstackCommand::join). Resources are named as a student would type them: by name
//! when they have one, else by id (or, for a floating IP, by its address).
class NetworkCommand
{
public:
    //! openstack network create NAME
    static QString networkCreate(const QString& name);
    //! openstack network set --name NEW NETWORK
    static QString networkRename(const QString& network, const QString& newName);
    //! openstack network delete NETWORK…
    static QString networkDelete(const QStringList& networks);
    //! openstack subnet create --network NETWORK --subnet-range CIDR [--gateway IP|none]
    //! [--allocation-pool start=A,end=B]… [--dns-nameserver IP]… [--host-route destination=D,gateway=G]…
    //! [--no-dhcp] NAME: the options the request sets, in that order.
    static QString subnetCreate(const CreateSubnetRequest& request, const QString& network);
    //! openstack subnet set [--name N] [--gateway IP|none] [--no-allocation-pool --allocation-pool …]
    //! [--no-dns-nameservers --dns-nameserver …] [--no-host-route --host-route …] [--dhcp|--no-dhcp]
    //! SUBNET: lists are replaced whole, as the request does.
    static QString subnetSet(const UpdateSubnetRequest& request, const QString& subnet);
    //! openstack subnet delete SUBNET…
    static QString subnetDelete(const QStringList& subnets);

    //! openstack router create [--external-gateway NETWORK] NAME
    static QString routerCreate(const QString& name, const QString& externalNetwork = {});
    //! openstack router set --external-gateway NETWORK ROUTER
    static QString routerSetGateway(const QString& router, const QString& externalNetwork);
    //! openstack router unset --external-gateway ROUTER
    static QString routerUnsetGateway(const QString& router);
    //! openstack router add subnet ROUTER SUBNET
    static QString routerAddSubnet(const QString& router, const QString& subnet);
    //! openstack router remove subnet ROUTER SUBNET
    static QString routerRemoveSubnet(const QString& router, const QString& subnet);
    //! openstack router delete ROUTER…
    static QString routerDelete(const QStringList& routers);

    //! openstack floating ip create NETWORK
    static QString floatingIpCreate(const QString& externalNetwork);
    //! openstack floating ip set --port PORT [--fixed-ip-address IP] ADDRESS
    static QString floatingIpSet(const QString& address, const QString& port, const QString& fixedIp = {});
    //! openstack floating ip unset --port ADDRESS
    static QString floatingIpUnset(const QString& address);
    //! openstack floating ip delete ADDRESS…
    static QString floatingIpDelete(const QStringList& addresses);
};

} // namespace zenith
