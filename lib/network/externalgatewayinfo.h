#pragma once

#include "portfixedip.h"

#include "core/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace zenith {

//! A router's gateway on an external network, read from a router or sent to set one.
struct ExternalGatewayInfo
{
    QString networkId;
    //! Source NAT; absent without the ext-gw-mode extension. Setting it is admin-only by default.
    std::optional<bool> enableSnat;
    QList<PortFixedIp> externalFixedIps; //!< in a request: empty lets Neutron choose

    static Result<ExternalGatewayInfo> fromJson(const QJsonObject& json);
    //! {"network_id", "enable_snat"?, "external_fixed_ips"?}: unset parts are left out.
    QJsonObject toJson() const;
};

} // namespace zenith
