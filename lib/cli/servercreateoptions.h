#pragma once

#include <QString>
#include <QStringList>

namespace zenith {

//! What `openstack server create` is given: the launch dialog's choices, by the names a student sees.
struct ServerCreateOptions
{
    QString name;
    QString image;              //!< name (or id) of the image
    QString flavor;             //!< name (or id) of the flavor
    QStringList networks;       //!< one --network each, in order
    QStringList ports;          //!< one --port each, in order
    QStringList securityGroups; //!< one --security-group each
    QString keyName;            //!< empty: no --key-name
    QString userDataFile;       //!< the file holding the post-install script; empty: none
    QString availabilityZone;   //!< empty: the cloud's default
    QString serverGroup;        //!< the group's id, given as a scheduler hint; empty: none
    bool configDrive = false;   //!< --config-drive True
    int count = 1;              //!< more than 1: --min N --max N
};

} // namespace zenith
