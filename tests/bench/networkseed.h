#pragma once

// The network benchmark's demo cloud content, written straight into the cloud's state: the
// figures are about listing, and 5,000 port creations through the API measure the demo cloud's
// create path (which scans every port for a free address), not the client.

#include <QString>

namespace zenith {
class DemoCloud;
class Session;
} // namespace zenith

namespace zenith::bench {

//! How much the benchmark lists.
struct NetworkSizes
{
    int ports = 5000;
    int groups = 500;
    int rulesPerGroup = 20;
};

//! Fills the started cloud: a network with a /16 subnet (through the API), then `ports` ports on
//! it and `groups` security groups of `rulesPerGroup` rules (into the state). False with the
//! reason otherwise.
bool seedNetwork(DemoCloud& cloud, Session& session, const NetworkSizes& sizes, QString* why);

} // namespace zenith::bench
