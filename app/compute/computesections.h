#pragma once

namespace zenith {

class SectionedPane;

//! Adds every section of the Compute pane, in tab order.
void addComputeSections(SectionedPane* pane);

} // namespace zenith
