#pragma once

#include <QJsonObject>
#include <QString>

namespace zenith {

//! One network interface asked for at server creation: a network (optionally with a fixed
//! IP), or an existing port. Nova attaches them in the order given.
struct ServerNic
{
    QString networkId; //!< "uuid"
    QString fixedIp;   //!< "fixed_ip", with a network only
    QString portId;    //!< "port": an existing port instead of a network

    //! A NIC on a network, with Neutron choosing the address unless `fixedIp` is given.
    static ServerNic network(const QString& networkId, const QString& fixedIp = {});
    //! A NIC on an existing port.
    static ServerNic port(const QString& portId);

    //! {"uuid": ..., "fixed_ip": ...} or {"port": ...}.
    QJsonObject toJson() const;
};

} // namespace zenith
