#pragma once

#include <QIcon>
#include <QString>

class QWidget;

namespace zenith {

//! Zenith's own line icons (resources/icons/*.svg), drawn in the palette's text colours so they
//! follow light and dark themes, and the application icon.
class Icons
{
public:
    //! A line icon by base name ("compute", "network"...), tinted for the normal and selected states.
    static QIcon icon(const QString& name);
    //! The application icon: the desktop theme's if installed, else the embedded SVG.
    static QIcon appIcon();
};

} // namespace zenith
