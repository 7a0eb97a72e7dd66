#pragma once

#include "cloudconfig.h"
#include "configerror.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace zenith {

//! What CloudConfigLoader found: the clouds that can be used, one problem per cloud that cannot
//! (a broken entry does not hide the good ones), and which cloud is the default.
struct CloudConfigSet
{
    QList<CloudConfig> clouds;   //!< in file order; the cloud of the OS_* variables ("envvars") last
    QList<ConfigError> problems; //!< clouds that could not be read, and notes such as a missing OS_CLIENT_CONFIG_FILE
    QString defaultCloud;        //!< OS_CLOUD, else the OS_* cloud, else the only cloud; may be empty or broken
    QString cloudsFile;          //!< the clouds.yaml (or .yml, .json) read; empty when none was found
    QString secureFile;          //!< the secure.yaml merged over it; empty when none was found

    //! The usable cloud called `name`, or nullptr.
    const CloudConfig* find(const QString& name) const;
    //! The problem that made the cloud `name` unusable, or nullptr.
    const ConfigError* problemOf(const QString& name) const;
    //! Names of the usable clouds, in order.
    QStringList names() const;
};

} // namespace zenith
