#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace zenith {

//! What `openstack server create` is given: the launch dialog's choices, by the names a student sees.
struct ServerCreateOptions
{
    QString name;
    QString image;        //!< name (or id) of the image
    QString flavor;       //!< name (or id) of the flavor
    QStringList networks; //!< one --network each, in order
    QStringList ports;    //!< one --port each, in order
    //! One interface, network or port, of `interfaces`.
    struct Interface
    {
        bool isPort = false;
        QString name; //!< name (or id) of the network or port
    };
    //! Networks and ports mixed, in the order Nova creates the interfaces (the client keeps the
    //! command line's order across --network and --port); when set, given before `networks` and `ports`.
    QList<Interface> interfaces;
    QStringList securityGroups; //!< one --security-group each
    QString keyName;            //!< empty: no --key-name
    QString userDataFile;       //!< the file holding the post-install script; empty: none
    QString availabilityZone;   //!< empty: the cloud's default
    QString serverGroup;        //!< the group's id, given as a scheduler hint; empty: none
    bool configDrive = false;   //!< --config-drive True
    int count = 1;              //!< more than 1: --min N --max N
};

} // namespace zenith
