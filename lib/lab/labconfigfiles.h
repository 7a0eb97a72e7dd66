#pragma once

#include "labsecrets.h"
#include "labservicelayout.h"
#include "labtopology.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace zenith {

//! One file a lab server's user data writes into /etc/zenith-lab/ before its setup script runs.
struct LabConfigFile
{
    QString name;                                 //!< "haproxy.cfg"
    QByteArray content;                           //!< the rendered template
    QString permissions = QStringLiteral("0644"); //!< "0600" for the files that hold a password
};

//! The configuration files and setup script of each role, rendered from resources/lab for a
//! LabServiceLayout: the user data writes them on the lab's servers, the loopback test starts the
//! same files on 127.0.0.1.
class LabConfigFiles
{
public:
    //! The files of `server`: "common.sh" and "setup.sh" (run by cloud-init) and the role's own
    //! (haproxy.cfg, nftables.conf, sysctl.conf, tls*.sh; nginx-site.conf, php-pool.conf, index.php;
    //! mariadb.cnf, seed.sql; named-options.conf, named-zone.conf, zone.db).
    static QList<LabConfigFile> of(const LabTopology& topology, const LabServer& server, const LabServiceLayout& layout,
                                   const LabSecrets& secrets, const QString& databaseVolumeId);

    //! Whether the plan asks for a certificate: a domain with public records and a Let's Encrypt e-mail.
    static bool wantsTls(const LabTopology& topology);

    //! The MariaDB database and account the web servers use.
    static QString databaseName();
    static QString databaseUser();
};

} // namespace zenith
