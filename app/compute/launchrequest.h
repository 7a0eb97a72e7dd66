#pragma once

#include "cli/servercreateoptions.h"
#include "compute/createserverrequest.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace zenith {

//! One interface of a new instance: a network, or an existing port, by id and by the name a student sees.
struct LaunchNic
{
    enum class Kind { Network, Port };
    Kind kind = Kind::Network;
    QString id;
    QString label; //!< the network's (or port's) name; the id when it has none, or when names clash
};

//! A problem with one field of the launch dialog, in words for the user.
struct LaunchProblem
{
    enum class Field { Name, Count, Image, Flavor, Networks, SecurityGroups, Keypair, UserData, ServerGroup, Zone };
    Field field;
    QString message;
};

//! What the launch dialog holds: a plain value, checked by validate() before anything is sent, and
//! turned into the Nova request and the equivalent `openstack server create` command line.
struct LaunchRequest
{
    Q_DECLARE_TR_FUNCTIONS(zenith::LaunchRequest)

public:
    //! Nova's limit on user_data, counted after base64 encoding.
    static constexpr qint64 maxEncodedUserData = 65535;
    //! Above this, Nova's multi-create is more than a lab needs (and than most quotas allow).
    static constexpr int maxCount = 50;

    QString name;
    int count = 1;

    QString imageId;
    QString imageName;
    QString imageStatus;  //!< "active" when it can boot
    qint64 imageSize = 0; //!< bytes
    int imageMinDisk = 0; //!< GiB
    int imageMinRam = 0;  //!< MiB

    QString flavorId;
    QString flavorName;
    int flavorDisk = 0; //!< GiB; 0: the image's size (boot from volume clouds)
    int flavorRam = 0;  //!< MiB

    QList<LaunchNic> nics; //!< in the order Nova attaches them
    //! The one network the project can use when it has exactly one (used when no NIC is chosen).
    std::optional<LaunchNic> onlyNetwork;
    int usableNetworks = 0;

    QStringList securityGroups;      //!< names
    int availableSecurityGroups = 0; //!< how many the project has (none listed: Nova's default applies)
    QString keyName;                 //!< empty: none
    QString userData;                //!< the post-install script, as typed
    QString userDataFile;            //!< the file it was loaded from; empty when typed
    bool configDrive = false;
    QString serverGroupId;
    QString serverGroupName;
    QString availabilityZone; //!< empty: the cloud's default

    //! Every problem found, in the order of the dialog's fields; empty when the request can be sent.
    QList<LaunchProblem> validate() const;
    //! The problem of one field alone (for live checks), if any.
    static std::optional<LaunchProblem> checkName(const QString& name);
    static std::optional<LaunchProblem> checkUserData(const QString& userData);
    //! True when the flavor cannot hold the image (disk or RAM below the image's minimums).
    static bool flavorTooSmall(int flavorDisk, int flavorRam, int imageMinDisk, int imageMinRam, qint64 imageSize);

    //! The bytes Nova counts: the UTF-8 script, base64-encoded.
    static qint64 encodedSize(const QString& userData);
    //! The names Nova gives: "<name>" alone, or "<name>-1" ... "<name>-<count>".
    static QStringList instanceNames(const QString& name, int count);

    //! The NICs sent: the chosen ones, or the project's only network.
    QList<LaunchNic> effectiveNics() const;
    //! The Nova request; call after validate() found nothing.
    CreateServerRequest toCreateServerRequest() const;
    //! What `openstack server create` needs to do the same.
    ServerCreateOptions toCommandOptions() const;
};

} // namespace zenith
