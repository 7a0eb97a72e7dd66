#pragma once

#include <QCoreApplication>
#include <QIcon>
#include <QString>

namespace zenith {

//! Cinder's volume and snapshot statuses for people: a translated word and a coloured dot
//! (green ready, amber moving, red failed).
class VolumeStatus
{
    Q_DECLARE_TR_FUNCTIONS(zenith::VolumeStatus)

public:
    //! "Available", "In use", "Creating"…; an unknown status is shown as Cinder words it.
    static QString text(const QString& status);
    //! A dot of the status's tone, drawn once per tone.
    static QIcon icon(const QString& status);
};

} // namespace zenith
