#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

namespace zenith {

//! A Nova flavor: the size of a server (vCPUs, RAM, disks).
struct Flavor
{
    QString id;
    QString name;
    int vcpus = 0;
    int ram = 0;                                      //!< MiB
    int disk = 0;                                     //!< root disk, GiB (0: the image's size, boot from volume)
    int ephemeral = 0;                                //!< OS-FLV-EXT-DATA:ephemeral, GiB
    int swap = 0;                                     //!< MiB; Nova writes "" for none before 2.75, 0 since
    bool isPublic = true;                             //!< os-flavor-access:is_public
    bool disabled = false;                            //!< OS-FLV-DISABLED:disabled
    std::optional<double> rxtxFactor;                 //!< absent on clouds that dropped it
    QString description;                              //!< 2.55 and later; empty when null
    std::optional<QMap<QString, QString>> extraSpecs; //!< 2.61 and later; nullopt below

    //! Reads one element of "flavors" or the "flavor" of a show.
    static Result<Flavor> fromJson(const QJsonObject& json);
};

} // namespace zenith
