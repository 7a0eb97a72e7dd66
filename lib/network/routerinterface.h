#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace zenith {

//! The answer of add_router_interface and remove_router_interface: the router port that
//! joins (or joined) the router to a subnet.
struct RouterInterface
{
    QString routerId; //!< "id" in the reply
    QString portId;
    QString networkId;
    QString subnetId;
    QStringList subnetIds;
    QString projectId;

    static Result<RouterInterface> fromJson(const QJsonObject& json);
};

} // namespace zenith
