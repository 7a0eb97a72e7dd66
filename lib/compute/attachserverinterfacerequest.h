#pragma once

#include "serverinterface.h"

#include "core/requestspec.h"

#include <QList>

#include <optional>

namespace zenith {

//! POST /servers/{id}/os-interface {"interfaceAttachment": {...}}: plugs the server into a
//! network (Nova creates the port) or onto an existing port (200). The port starts DOWN.
//! An unknown network gets a 500 from Zed (an RPC error), an unknown port a 404, a taken IP a 409.
struct AttachServerInterfaceRequest
{
    using Response = ServerInterface;

    QString serverId;
    std::optional<QString> networkId; //!< net_id
    std::optional<QString> portId;    //!< port_id, instead of a network
    QList<PortFixedIp> fixedIps;      //!< with a network: the addresses to take (ip_address, subnet_id)

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
