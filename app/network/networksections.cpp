#include "networksections.h"

#include "floatingipsview.h"
#include "networksview.h"
#include "portsview.h"
#include "routersview.h"
#include "securitygroupsview.h"

#include "topology/topologysection.h"

#include "panes/sectionedpane.h"

namespace zenith {

void addNetworkSections(SectionedPane* pane)
{
    // One line per section, in tab order.
    pane->addSection(new NetworksSection);
    pane->addSection(new PortsSection);
    pane->addSection(new SecurityGroupsSection);
    pane->addSection(new RoutersSection);
    pane->addSection(new FloatingIpsSection);
    pane->addSection(new TopologySection);
}

} // namespace zenith
