#pragma once

#include "labsecrets.h"
#include "labtopology.h"

#include <QByteArray>
#include <QString>

namespace zenith {

//! The cloud-init user data ("#cloud-config") of each lab server: packages, configuration files and
//! commands of its role (NAT gateway + HAProxy, Nginx + PHP-FPM, MariaDB, bind9). The files are
//! those of LabConfigFiles rendered for the lab's fixed addresses, so the loopback test runs the same.
class LabUserData
{
public:
    //! The user data of `server` in `topology`. `databaseVolumeId` is the Cinder id of the database's
    //! data volume (only read for the database role: the disk is found by id, not as /dev/vdb).
    //! The database and web servers' user data holds `secrets`.
    static QByteArray render(const LabTopology& topology, const LabServer& server, const LabSecrets& secrets,
                             const QString& databaseVolumeId);

    //! The exact line the server prints on its console once its role is ready (cloud-init's
    //! final_message), e.g. "zenith-lab: web1 ready": the deployer watches the console log for it.
    static QString readyMarker(const LabServer& server);

    //! The line the role's setup prints on the console when one of its steps failed, before
    //! cloud-init's final message (which cloud-init prints whatever happened):
    //! "zenith-lab: web1 FAILED: <step>". A console holding it is not ready, whatever follows.
    static QString failureMarkerPrefix(const LabServer& server);
};

} // namespace zenith
