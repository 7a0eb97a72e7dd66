#pragma once

#include "labstep.h"
#include "labtopology.h"

#include <QList>

namespace zenith {

//! Turns a lab's topology into the steps that build it or tear it down, with their dependencies:
//! a pure function of the topology, shown on the plan page and run by LabDeployer / LabTeardown.
class LabPlanner
{
public:
    //! Every step that builds the lab, in a dependency order (each step after those it depends on).
    static QList<LabStep> deploySteps(const LabTopology& topology);
    //! Every step that deletes the lab, in reverse dependency order: records, volume detach,
    //! servers, ports, volume, server group, rules and groups, subnet, network.
    static QList<LabStep> teardownSteps(const LabTopology& topology);
    //! The number of steps on the longest dependency chain: the least number of sequential
    //! rounds of calls any executor needs, however parallel.
    static int criticalPathLength(const QList<LabStep>& steps);
};

} // namespace zenith
