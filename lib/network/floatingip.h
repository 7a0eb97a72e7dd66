#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace zenith {

//! A Neutron floating IP: a public address of an external network, mapped to a port's fixed IP.
struct FloatingIp
{
    QString id;
    QString floatingIpAddress;
    QString floatingNetworkId;
    std::optional<QString> portId;         //!< nullopt: not associated
    std::optional<QString> fixedIpAddress; //!< the port's address it maps to
    std::optional<QString> routerId;       //!< the router that does the NAT, once associated
    QString status;                        //!< ACTIVE, DOWN, ERROR
    QString description;
    QStringList tags;
    QString projectId;
    std::optional<QString> dnsName; //!< only with the dns-integration extension
    QDateTime createdAt;
    QDateTime updatedAt;

    static Result<FloatingIp> fromJson(const QJsonObject& json);
};

} // namespace zenith
