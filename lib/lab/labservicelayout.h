#pragma once

#include "labtopology.h"

#include <QList>
#include <QString>

namespace zenith {

//! Where each of the lab's services listens and keeps its files. On the lab's servers: the fixed
//! private addresses, the standard ports and Debian's paths. In the loopback test: 127.0.0.1, high
//! ports and a temporary directory, so that the very same templates run on one machine.
struct LabServiceLayout
{
    //! One web server as HAProxy and the web server itself see it.
    struct Web
    {
        QString key;       //!< "web1": what the page says answered
        QString address;   //!< where Nginx listens and HAProxy sends
        int port = 80;     //!< Nginx's port
        QString fpmSocket; //!< PHP-FPM's Unix socket
    };

    QString httpBind = QStringLiteral(":80");       //!< HAProxy's HTTP bind (every address: the public IP is DHCP's)
    QString httpsBind = QStringLiteral(":443");     //!< HAProxy's HTTPS bind, once a certificate exists
    QString acmeHost = QStringLiteral("127.0.0.1"); //!< certbot's standalone server, behind HAProxy
    int acmePort = 8888;
    QList<Web> web;
    QString webRoot = QStringLiteral("/var/www/zenith-lab");
    QString webUser = QStringLiteral("www-data"); //!< PHP-FPM's pool user and its socket's owner
    QString databaseAddress;                      //!< MariaDB's bind address, the page's database host
    int databasePort = 3306;
    QString databaseDirectory = QStringLiteral("/var/lib/mysql"); //!< the volume's mount point
    QString databaseSocket = QStringLiteral("/run/mysqld/mysqld.sock");
    QString databasePidFile = QStringLiteral("/run/mysqld/mysqld.pid");
    QString databaseClients; //!< MariaDB host pattern of the web account: "10.12.0.0/255.255.0.0"
    QString nameServerAddress;
    int dnsPort = 53;
    QString dnsClients; //!< bind9's allow-query/allow-recursion: the lab's range
    QString bindDirectory = QStringLiteral("/var/cache/bind");
    QString bindPidFile = QStringLiteral("/run/named/named.pid");
    QString zoneFile; //!< "/etc/bind/db.lab.internal"

    //! The layout on the lab's own servers (what the user data installs).
    static LabServiceLayout forLab(const LabTopology& topology);
    //! Every service on 127.0.0.1 with ports from `portBase` (HAProxy; web i: portBase + i; certbot:
    //! portBase + 50; MariaDB: portBase + 51; bind9: portBase + 52) and files under `directory`.
    static LabServiceLayout loopback(const LabTopology& topology, const QString& directory, int portBase);
};

} // namespace zenith
