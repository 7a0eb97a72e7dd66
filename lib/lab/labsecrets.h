#pragma once

#include <QString>

namespace zenith {

//! The lab's generated passwords. They travel only inside the database and web servers' user data
//! (readable through the metadata service from those servers) and the keyring; never in a log.
struct LabSecrets
{
    QString databasePassword;     //!< MariaDB user `web`, used by the web servers' PHP page
    QString databaseRootPassword; //!< MariaDB root

    //! Two fresh 24-character passwords from the system's secure generator, drawn from letters and
    //! digits only so that they need no quoting in a shell, SQL, PHP or YAML.
    static LabSecrets generate();

    friend bool operator==(const LabSecrets&, const LabSecrets&) = default;
};

} // namespace zenith
