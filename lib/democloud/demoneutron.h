#pragma once

#include "demoservice.h"

namespace zenith::demo {

//! Neutron (network v2.0) as the demo cloud serves it: networks, subnets, ports, routers and
//! their interfaces, floating IPs, security groups and rules, quotas and tags, with Neutron's
//! validation, error bodies, policy refusals and paging links. Without DHCP or L3 agents, like
//! the dev cloud: routers are ACTIVE at once, their ports and floating IPs stay DOWN.
class DemoNeutron final : public DemoService
{
public:
    //! Also installs env.defaultSecurityGroup, which the shared port code calls.
    explicit DemoNeutron(DemoEnv& env);

    void addRoutes(DemoRouter& router) override;
    //! Ports Nova had bound when the state was saved are ACTIVE, as the agent would have made them.
    void settleLoaded() override;

    //! An external network an admin made for everyone, with one IPv4 subnet without DHCP.
    struct ExternalNetwork
    {
        QString name;
        QString subnetName;
        QString cidr;
        QString gatewayIp;
        QString poolStart;
        QString poolEnd;
        bool shared = false; //!< OVHcloud's Ext-Net is shared too: instances attach to it directly
        QString physicalNetwork;
    };
    //! tests/devcloud's "public": external, not shared, 203.0.113.0/24 (pool .10-.250).
    static ExternalNetwork publicNetwork();
    //! tests/devcloud's and OVHcloud's "Ext-Net": external and shared, 198.51.100.0/24 (pool .10-.250).
    static ExternalNetwork extNet();
    //! Makes the external network, owned by `ownerProjectId` (the admin's project); returns its id.
    QString seedExternalNetwork(const QString& region, const QString& ownerProjectId, const ExternalNetwork& network);

    //! A project's own network, subnet and router, as tests/devcloud/seed_resources.py makes them
    //! for project demo: "private" (10.0.0.0/24, DHCP on) and "router1" with its gateway on
    //! `externalNetworkId` and an interface on the subnet.
    struct ProjectNetwork
    {
        QString networkName = QStringLiteral("private");
        QString subnetName = QStringLiteral("private-subnet");
        QString cidr = QStringLiteral("10.0.0.0/24");
        QString routerName = QStringLiteral("router1"); //!< empty: no router
        QString externalNetworkId;                      //!< the router's gateway; empty: none
    };
    //! Makes the project's network (and its default security group), subnet and router; returns the network's id.
    QString seedProjectNetwork(const QString& region, const QString& projectId, const ProjectNetwork& network);

    //! Sets a project's Neutron quota for a resource ("network", "port", "security_group"...; -1: unlimited).
    void setQuota(const QString& region, const QString& projectId, const QString& resource, int limit);
};

} // namespace zenith::demo
