#pragma once

namespace zenith {

class SectionedPane;

//! Adds the DNS area's tabs (zones and their records) to its pane.
void addDnsSections(SectionedPane* pane);

} // namespace zenith
