#pragma once

#include "createdserver.h"
#include "serverblockdevice.h"
#include "servernic.h"

#include "core/requestspec.h"

#include <QList>
#include <QMap>
#include <QStringList>

#include <optional>

namespace zenith {

//! POST /servers {"server": {...}}: builds a new server (202 with its id and admin password).
//! It starts in BUILD and goes ACTIVE, or ERROR with a fault. Unknown flavor, image, network,
//! key pair, security group, zone or server group: 400.
struct CreateServerRequest
{
    using Response = CreatedServer;

    QString name;                     //!< with maxCount > 1 Nova names them "<name>-1", "<name>-2"...
    QString imageRef;                 //!< empty when booting from a volume (see blockDevices)
    QString flavorRef;                //!< the flavor's id
    QList<ServerNic> nics;            //!< in order; when empty, "networks" is "none" (or "auto") (microversion 2.37)
    bool autoAllocateNetwork = false; //!< with no nics: "auto", Neutron's get-me-a-network
    QStringList securityGroups;       //!< names (or ids); Nova uses "default" when empty
    std::optional<QString> keyName;
    std::optional<QString> userData; //!< plain text (a cloud-config); sent base64-encoded as Nova wants it
    std::optional<bool> configDrive;
    std::optional<QString> availabilityZone;
    std::optional<int> minCount;
    std::optional<int> maxCount;
    QMap<QString, QString> metadata;
    QStringList tags;                      //!< microversion 2.52
    std::optional<QString> serverGroupId;  //!< os:scheduler_hints {"group": ...}: follow the group's policy
    QList<ServerBlockDevice> blockDevices; //!< block_device_mapping_v2, for boot from volume

    RequestSpec spec() const;
    static Result<Response> parse(int status, const QByteArray& body);
};

} // namespace zenith
