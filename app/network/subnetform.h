#pragma once

#include "network/createsubnetrequest.h"
#include "network/subnet.h"
#include "network/updatesubnetrequest.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace zenith {

//! A problem with one field of the subnet form, in words for the user.
struct SubnetProblem
{
    enum class Field { NetworkName, Cidr, Gateway, Pools, Dns, Routes };
    Field field;
    QString message;
};

//! What the subnet form holds, as typed: checked by validate() before anything is sent (a bad or
//! overlapping CIDR, a gateway outside the range or inside a pool, pools outside the range...),
//! then turned into Neutron's create or update request.
struct SubnetForm
{
    Q_DECLARE_TR_FUNCTIONS(zenith::SubnetForm)

public:
    enum class Gateway {
        Default, //!< Neutron's choice: the range's first address
        Address, //!< gatewayAddress
        None,    //!< no gateway: the subnet reaches nothing beyond itself
    };

    //! Neutron's default limit on DNS name servers per subnet (max_dns_nameservers).
    static constexpr int maxDnsServers = 5;

    bool newNetwork = false; //!< the form also creates the network, which then needs a name
    QString networkName;
    QString name;
    QString cidr;
    Gateway gateway = Gateway::Default;
    QString gatewayAddress;
    QString pools;  //!< one range a line: "10.12.0.10 - 10.12.0.200" (or "start,end")
    QString dns;    //!< addresses, one a line or separated by commas or blanks
    QString routes; //!< one a line: "192.168.0.0/24 via 10.12.0.254" (or "destination,nexthop")
    bool dhcp = true;

    //! Every problem found, in the form's order; empty when the form can be sent. `others` are the
    //! subnets the project sees (the edited one is skipped by id); `networkNames` names their networks.
    QList<SubnetProblem> validate(const QList<Subnet>& others = {}, const QString& editedId = {},
                                  const QHash<QString, QString>& networkNames = {}) const;

    //! The POST for a valid form on `networkId`.
    CreateSubnetRequest createRequest(const QString& networkId) const;
    //! The PUT for a valid form editing `original`: only what changed is sent.
    UpdateSubnetRequest updateRequest(const Subnet& original) const;
    //! The form filled from an existing subnet (for editing).
    static SubnetForm fromSubnet(const Subnet& subnet);

    //! The parsed lists of a valid form.
    QList<AllocationPool> allocationPools() const;
    QStringList dnsServers() const;
    QList<HostRoute> hostRoutes() const;

private:
    void checkCidr(QList<SubnetProblem>* problems, const QList<Subnet>& others, const QString& editedId,
                   const QHash<QString, QString>& networkNames) const;
    void checkGateway(QList<SubnetProblem>* problems) const;
    void checkPools(QList<SubnetProblem>* problems) const;
    void checkDns(QList<SubnetProblem>* problems) const;
    void checkRoutes(QList<SubnetProblem>* problems) const;
};

} // namespace zenith
