#pragma once

namespace zenith {

class ComputePane;

//! Adds every section of the Compute pane, in tab order.
void addComputeSections(ComputePane* pane);

} // namespace zenith
