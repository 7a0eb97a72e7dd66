#pragma once

#include "network/port.h"

#include <QString>
#include <QStringList>

namespace zenith {

//! One network interface of a server as the details panel shows it: the Neutron port with the
//! names of its network and security groups resolved (ids when a name could not be found).
struct ServerInterfaceDetails
{
    Port port;
    QString networkName;
    QStringList securityGroupNames; //!< in the port's order
};

} // namespace zenith
