#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace zenith {

//! A Nova server group: servers the scheduler places together (affinity) or apart (anti-affinity).
struct ServerGroup
{
    QString id;
    QString name;
    //! affinity, anti-affinity, soft-affinity or soft-anti-affinity: `policy` from 2.64 on,
    //! the single element of `policies` before.
    QString policy;
    QStringList policies;                //!< as older microversions list them; [policy] from 2.64 on
    std::optional<int> maxServerPerHost; //!< rules.max_server_per_host (anti-affinity, 2.64 and later)
    QStringList members;                 //!< server ids
    QString projectId;                   //!< 2.13 and later
    QString userId;                      //!< 2.13 and later

    //! Reads an element of "server_groups" or the "server_group" of a show or create.
    static Result<ServerGroup> fromJson(const QJsonObject& json);
};

} // namespace zenith
