#include "dnssections.h"

#include "dnssection.h"

#include "panes/sectionedpane.h"

namespace zenith {

void addDnsSections(SectionedPane* pane)
{
    pane->addSection(new DnsSection);
}

} // namespace zenith
