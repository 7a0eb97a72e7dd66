#pragma once

#include "serveraddress.h"
#include "serverattachedvolume.h"
#include "serverfault.h"
#include "serverflavor.h"

#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace zenith {

//! A Nova server with its details (GET /servers/{id}, /servers/detail), read from any
//! microversion between 2.1 and 2.79. Fields a microversion or a policy hides are empty or nullopt.
struct Server
{
    QString id;
    QString name;
    QString status;                //!< ACTIVE, BUILD, SHUTOFF, ERROR, VERIFY_RESIZE, SHELVED_OFFLOADED, UNKNOWN...
    QString taskState;             //!< OS-EXT-STS:task_state, empty when no task runs ("powering-off", "spawning")
    QString vmState;               //!< OS-EXT-STS:vm_state ("active", "stopped", "resized", "rescued")
    std::optional<int> powerState; //!< OS-EXT-STS:power_state: 0 none, 1 running, 3 paused, 4 shut down, 6 crashed
    QMap<QString, QList<ServerAddress>> addresses; //!< network name -> its addresses
    ServerFlavor flavor;
    QString imageId; //!< empty for a server booted from a volume (Nova sends "")
    QString keyName;
    QString availabilityZone; //!< empty while scheduling and when shelved offloaded
    QDateTime created;
    QDateTime updated;
    QDateTime launchedAt;             //!< OS-SRV-USG:launched_at; invalid until the first boot
    std::optional<ServerFault> fault; //!< set for ERROR (and DELETED) servers that have one
    QMap<QString, QString> metadata;
    QStringList tags;           //!< from 2.26
    QStringList securityGroups; //!< names, each once (Nova repeats a group for every port)
    std::optional<bool> locked; //!< from 2.9
    QString lockedReason;       //!< from 2.73
    QList<ServerAttachedVolume> volumesAttached;
    bool configDrive = false;
    std::optional<int> progress; //!< percent; only for ACTIVE, BUILD, REBUILD, RESIZE, VERIFY_RESIZE, MIGRATING
    QString hostId;              //!< the host hashed per project: equal values share a host
    QString description;         //!< from 2.19
    QString userId;
    QString projectId; //!< tenant_id
    // Admin-only (OS-EXT-SRV-ATTR:*), absent for normal users; the hostname also from 2.90.
    QString hostname;
    QString host;
    QString hypervisorHostname;
    QString instanceName;

    //! True for the partial server Nova returns (from 2.69) when its cell is down: status UNKNOWN,
    //! with only id, status, tenant_id, created and links (and, when shown, flavor, image...).
    bool isPartial() const { return status == u"UNKNOWN" && name.isEmpty(); }

    //! Reads one server object.
    static Result<Server> fromJson(const QJsonObject& json);
};

} // namespace zenith
