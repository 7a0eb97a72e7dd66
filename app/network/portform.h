#pragma once

#include "cli/portcommand.h"
#include "network/createportrequest.h"
#include "network/updateportrequest.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace zenith {

//! One row of the fixed-IP editor: a subnet (with what the checks need) and an optional address.
struct PortFormFixedIp
{
    QString subnetId;
    QString subnetName;
    QString subnetCidr;
    QString gatewayIp;
    QString ipAddress; //!< empty: Neutron picks one in the subnet
};

//! A problem with one field of the port form, in words for the user.
struct PortProblem
{
    enum class Field { Network, FixedIps, SecurityGroups, AddressPairs };
    Field field;
    int row = -1; //!< the editor row at fault, -1 for the whole field
    QString message;
};

//! What the port form holds (create or edit): a plain value, checked by validate() before anything
//! is sent, and turned into the Neutron request and the equivalent `openstack port` command.
struct PortForm
{
    Q_DECLARE_TR_FUNCTIONS(zenith::PortForm)

public:
    QString portId; //!< empty for a new port
    QString portLabel;
    QString networkId;
    QString networkName;
    QString name;
    QList<PortFormFixedIp> fixedIps;
    bool portSecurity = true;
    QStringList securityGroupIds;
    QStringList securityGroupNames; //!< parallel to securityGroupIds
    QList<AllowedAddressPair> allowedAddressPairs;
    //! With port security off: send the groups and pairs away in the same update (Neutron refuses
    //! to turn it off while the port has any).
    bool clearForPortSecurityOff = true;

    //! Every problem, in the order of the form; empty when it can be sent.
    QList<PortProblem> validate() const;

    //! Why an address cannot be a fixed IP in a subnet of that CIDR ("" when it can).
    static QString fixedIpProblem(const QString& address, const QString& cidr);
    //! Why an allowed address pair is wrong ("" when it is fine): an address or CIDR, an optional MAC.
    static QString addressPairProblem(const QString& ipOrCidr, const QString& mac);
    //! True for "fa:16:3e:12:34:56" (also with dashes, any case).
    static bool isMacAddress(const QString& mac);

    //! The groups and pairs the port gets: none when port security goes off and they are cleared.
    QStringList effectiveGroupIds() const;
    QList<AllowedAddressPair> effectivePairs() const;

    CreatePortRequest createRequest() const;
    //! The update from `before` to this form: only what changed is sent.
    UpdatePortRequest updateRequest(const Port& before) const;
    //! The `openstack port create` command of createRequest().
    QString createCommand() const;
    //! The `openstack port set` command of updateRequest(before); subnet and group names by id.
    QString setCommand(const Port& before, const QHash<QString, QString>& subnetNames,
                       const QHash<QString, QString>& groupNames) const;
};

} // namespace zenith
