#pragma once

#include <QList>
#include <QString>

namespace zenith {

//! A configured cloud as the cloud switcher lists it: no credentials, only what identifies it.
struct CloudEntry
{
    QString name;           //!< CloudConfig::name: the key under `clouds:`, "envvars", or the openrc file's name
    QString source;         //!< CloudConfig::source: the file it came from; empty for OS_* variables
    bool simulated = false; //!< the built-in demo cloud: labelled as such wherever it shows
};

} // namespace zenith
