#pragma once

#include "servercreateoptions.h"

#include <QString>
#include <QStringList>

namespace zenith {

//! The `openstack` command line (python-openstackclient) a student would type to do what the GUI
//! just did, quoted for a POSIX shell. Pure functions: nothing here talks to a cloud.
class OpenstackCommand
{
public:
    //! One shell word: bare when it only holds safe characters, "double quoted" when it holds
    //! blanks or glob/operator characters, 'single quoted' when it holds $ ` \ " ! or a newline.
    static QString quote(const QString& word);
    //! `openstack` followed by every word, each quoted.
    static QString join(const QStringList& words);
    //! A local file as a student would type it: under the home directory it starts with an
    //! unquoted "~/" (`~/.ssh/id_ed25519.pub`, `~/"My Keys/k.pub"`), elsewhere it is quote()d.
    static QString path(const QString& file);

    //! openstack server create --image … --flavor … [--network …] … NAME
    static QString serverCreate(const ServerCreateOptions& options);
    //! openstack server start SERVER…
    static QString serverStart(const QStringList& servers);
    //! openstack server stop SERVER…
    static QString serverStop(const QStringList& servers);
    //! openstack server reboot [--hard] SERVER… (soft is the default)
    static QString serverReboot(const QStringList& servers, bool hard);
    //! openstack server delete SERVER…
    static QString serverDelete(const QStringList& servers);
    //! openstack server shelve SERVER…
    static QString serverShelve(const QStringList& servers);
    //! openstack server unshelve SERVER…
    static QString serverUnshelve(const QStringList& servers);
    //! openstack server lock SERVER…
    static QString serverLock(const QStringList& servers);
    //! openstack server unlock SERVER…
    static QString serverUnlock(const QStringList& servers);
    //! openstack server rescue [--image IMAGE] SERVER
    static QString serverRescue(const QString& server, const QString& image = {});
    //! openstack server unrescue SERVER
    static QString serverUnrescue(const QString& server);
    //! openstack server resize --flavor FLAVOR SERVER
    static QString serverResize(const QString& server, const QString& flavor);
    //! openstack server resize confirm SERVER (the replacement of the deprecated `resize --confirm`)
    static QString serverResizeConfirm(const QString& server);
    //! openstack server resize revert SERVER (the replacement of the deprecated `resize --revert`)
    static QString serverResizeRevert(const QString& server);
    //! openstack server image create --name IMAGE SERVER
    static QString serverImageCreate(const QString& server, const QString& imageName);
    //! openstack server add port SERVER PORT
    static QString serverAddPort(const QString& server, const QString& port);
    //! openstack server remove port SERVER PORT
    static QString serverRemovePort(const QString& server, const QString& port);
    //! openstack server add network SERVER NETWORK
    static QString serverAddNetwork(const QString& server, const QString& network);
    //! openstack server remove network SERVER NETWORK
    static QString serverRemoveNetwork(const QString& server, const QString& network);
    //! openstack server add volume [--device DEVICE] SERVER VOLUME
    static QString serverAddVolume(const QString& server, const QString& volume, const QString& device = {});
    //! openstack server remove volume SERVER VOLUME
    static QString serverRemoveVolume(const QString& server, const QString& volume);
    //! openstack server add floating ip SERVER IP
    static QString serverAddFloatingIp(const QString& server, const QString& ip);
    //! openstack server remove floating ip SERVER IP
    static QString serverRemoveFloatingIp(const QString& server, const QString& ip);
    //! openstack floating ip create --port PORT NETWORK: allocates an address mapped to a port at once
    static QString floatingIpCreate(const QString& network, const QString& port);
    //! openstack floating ip delete IP…: gives the addresses back to their external network
    static QString floatingIpDelete(const QStringList& ips);
    //! openstack console url show SERVER (noVNC, the default type)
    static QString consoleUrlShow(const QString& server);
    //! openstack keypair create --public-key FILE NAME (FILE written by path())
    static QString keypairCreate(const QString& name, const QString& publicKeyFile);
    //! openstack keypair delete NAME…
    static QString keypairDelete(const QStringList& names);
    //! openstack image list
    static QString imageList();
    //! openstack image show IMAGE
    static QString imageShow(const QString& image);
    //! openstack flavor list
    static QString flavorList();
    //! openstack flavor show FLAVOR
    static QString flavorShow(const QString& flavor);
};

} // namespace zenith
