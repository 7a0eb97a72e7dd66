#pragma once

namespace zenith {

class SectionedPane;

//! Fills the Volumes area: the Volumes and Snapshots tabs, sharing one VolumeContext.
void addVolumeSections(SectionedPane* pane);

} // namespace zenith
