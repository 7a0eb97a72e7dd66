#include "networksections.h"

#include "floatingipsview.h"
#include "networksview.h"
#include "routersview.h"

#include "panes/sectionedpane.h"

namespace zenith {

void addNetworkSections(SectionedPane* pane)
{
    // One line per section, in tab order (ports and security groups go between networks and routers).
    pane->addSection(new NetworksSection);
    pane->addSection(new RoutersSection);
    pane->addSection(new FloatingIpsSection);
}

} // namespace zenith
