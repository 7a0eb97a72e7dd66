#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace zenith {

//! Everything from the machine that cloud configuration depends on: environment variables and
//! the directories searched for clouds.yaml. Tests build one by hand so they never read the
//! real machine's files or variables.
struct ConfigEnvironment
{
    QHash<QString, QString> variables; //!< OS_*, XDG_CONFIG_HOME…
    QString currentDir;                //!< searched first, like openstacksdk's os.getcwd()
    QString homeDir;                   //!< for ~/.config/openstack and `~` in paths
    QStringList siteConfigDirs;        //!< system-wide directories, searched last, e.g. /etc/openstack

    //! The running process's environment, working directory and home, with openstacksdk's
    //! system directories on Linux: $XDG_CONFIG_DIRS/openstack (default /etc/xdg/openstack), /etc/openstack.
    static ConfigEnvironment system();

    //! The value of a variable, or an empty string.
    QString variable(const QString& name) const { return variables.value(name); }

    //! Directories searched for clouds.yaml and secure.yaml, in openstacksdk's order and without
    //! duplicates: current directory, $XDG_CONFIG_HOME/openstack, ~/.config/openstack, then siteConfigDirs.
    QStringList searchDirs() const;

    //! Expands a leading `~` or `~/` to homeDir, as openstacksdk does for cacert, cert and key.
    QString expandHome(const QString& path) const;
};

} // namespace zenith
