#pragma once

#include <QHeaderView>

namespace zenith {

//! Widens the columns before `end` whose title no longer fits (French titles run ~30% longer than
//! the English widths were chosen for). Only wider: a width the user chose otherwise stays.
inline void widenColumnsToTitles(QHeaderView* header, int end)
{
    for (int column = 0; column < end; ++column) {
        if (header->sectionSize(column) < header->sectionSizeHint(column))
            header->resizeSection(column, header->sectionSizeHint(column));
    }
}

} // namespace zenith
