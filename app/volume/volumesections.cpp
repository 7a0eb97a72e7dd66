#include "volumesections.h"

#include "snapshotsview.h"
#include "volumecontext.h"
#include "volumesview.h"

#include "panes/sectionedpane.h"

namespace zenith {

void addVolumeSections(SectionedPane* pane)
{
    // The stores live as long as the pane; both tabs follow them.
    auto* context = new VolumeContext(pane);
    pane->addSection(new VolumesSection(context));
    pane->addSection(new SnapshotsSection(context));
}

} // namespace zenith
