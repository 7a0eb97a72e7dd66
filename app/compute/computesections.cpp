#include "computesections.h"

#include "flavorsview.h"
#include "imagesview.h"
#include "instancesview.h"
#include "keypairsview.h"
#include "panes/sectionedpane.h"

namespace zenith {

void addComputeSections(SectionedPane* pane)
{
    // One line per section, in tab order: instances, key pairs, images, flavors.
    pane->addSection(new InstancesSection);
    pane->addSection(new KeypairsSection);
    pane->addSection(new ImagesSection);
    pane->addSection(new FlavorsSection);
}

} // namespace zenith
