#pragma once

namespace zenith {

//! The kinds of resource a pane can be asked to show ("open the instance lb"): the topology
//! diagram's click-through routes them to the tab that lists them.
enum class ResourceKind { Server, Network, Subnet, Port, Router, FloatingIp };

} // namespace zenith
