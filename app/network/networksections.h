#pragma once

namespace zenith {

class SectionedPane;

//! Adds the Network area's tabs: Networks, then Routers and Floating IPs.
void addNetworkSections(SectionedPane* pane);

} // namespace zenith
