#pragma once

#include <QByteArray>
#include <QString>

namespace zenith {

class TopologyLayout;

//! Writes a laid-out topology diagram as a standalone SVG document (rects, lines and text with
//! their tooltips as <title>), from the same shapes the scene draws. Our own small writer: QtSvg
//! is not among the project's dependencies.
class TopologySvg
{
public:
    //! The document, UTF-8; `title` names it (the project's name and "topology").
    static QByteArray write(const TopologyLayout& layout, const QString& title);
};

} // namespace zenith
