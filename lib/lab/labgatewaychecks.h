#pragma once

#include "labcheck.h"
#include "labresolvedstate.h"

#include <QList>

namespace zenith {

//! The verifier's checks of the gateway and the network around it: two ports, 10.12.0.1, anti-spoofing,
//! the subnet's gateway and pool, no public address on private servers, DNS records, server group.
class LabGatewayChecks
{
public:
    //! GatewayTwoPorts … ServerGroup, in LabCheck::Kind order.
    static QList<LabCheck> run(const LabResolvedState& r);
};

} // namespace zenith
