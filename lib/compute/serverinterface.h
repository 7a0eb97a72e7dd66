#pragma once

#include "network/portfixedip.h"

#include "core/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace zenith {

//! A network interface of a server (a Neutron port bound to it), as os-interface shows it.
struct ServerInterface
{
    QString portId;
    QString networkId;
    QString macAddr;
    QString portState; //!< the port's status: DOWN right after an attach, ACTIVE once wired
    QList<PortFixedIp> fixedIps;
    QString tag; //!< from 2.70

    //! Reads one "interfaceAttachment".
    static Result<ServerInterface> fromJson(const QJsonObject& json);
};

} // namespace zenith
