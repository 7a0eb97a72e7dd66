#pragma once

#include <QString>
#include <QStringList>

namespace zenith {

//! The `openstack stack …` command lines (python-heatclient's OSC plugin) that match "Deploy with
//! Heat", quoted for a POSIX shell with OpenstackCommand. Pure functions.
class StackCommand
{
public:
    //! openstack stack create -t TEMPLATE [--parameter KEY=<KEY>…] [--timeout N] [--tags T,…] NAME.
    //! Secret parameters are written as placeholders ("database_password=<database_password>"):
    //! the line never holds a password.
    static QString create(const QString& templateFile, const QString& name, const QStringList& secretParameters,
                          const QStringList& tags, int timeoutMinutes = 0);
    //! openstack stack event list NAME (what the run page follows)
    static QString eventList(const QString& name);
    //! openstack stack show NAME
    static QString show(const QString& name);
    //! openstack stack delete --yes --wait NAME
    static QString remove(const QString& name);
};

} // namespace zenith
