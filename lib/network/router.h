#pragma once

#include "externalgatewayinfo.h"
#include "hostroute.h"

#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace zenith {

//! A Neutron router: joins subnets, and NATs them to an external network through its gateway.
struct Router
{
    QString id;
    QString name;
    QString status; //!< ACTIVE, ALLOCATING, ERROR
    bool adminStateUp = true;
    std::optional<ExternalGatewayInfo> externalGateway; //!< nullopt: no gateway
    QList<HostRoute> routes;                            //!< extra routes
    QString description;
    QStringList tags;
    QString projectId;
    QStringList availabilityZones;
    QDateTime createdAt;
    QDateTime updatedAt;

    static Result<Router> fromJson(const QJsonObject& json);
};

} // namespace zenith
