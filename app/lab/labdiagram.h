#pragma once

#include "topology/topologygraph.h"

namespace zenith {

struct LabTopology;

//! The plan page's diagram: the lab to be built, drawn by the Topology tab's layout. Nothing
//! exists yet, so the resources are made up from the LabTopology with ids naming what they
//! stand for ("plan:port:lb-private"); fixed IPs, the allowed pair and port security show as
//! they will be.
class LabDiagram
{
public:
    //! The graph input of `topology`: the public network, the lab's network and subnet, the
    //! servers and their ports (a port the cloud will address shows no IP yet).
    static TopologyGraph::Input input(const LabTopology& topology);
};

} // namespace zenith
