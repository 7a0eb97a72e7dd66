#pragma once

#include "topologyshape.h"

#include <QString>

namespace zenith {

//! How each shape style is painted, as colours the scene and the SVG writer both understand
//! ("#rrggbb"; empty: none).
struct TopologyStyle
{
    QString fill;
    QString stroke;
    qreal strokeWidth = 1;
    bool dashed = false;
    qreal radius = 0;   //!< rounded corners
    QString textColor;  //!< Text shapes
    qreal fontSize = 9; //!< points
    bool bold = false;

    //! The paint of a style.
    static TopologyStyle of(TopologyShape::Style style);
};

} // namespace zenith
