#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

namespace zenith {

//! A Cinder volume type (a storage class: "__DEFAULT__", "high-speed", "classic" on OVHcloud).
struct VolumeType
{
    QString id;
    QString name;
    QString description;
    bool isPublic = true;
    //! Back-end properties; nullopt when policy hides them from the user (an empty map is shown as such).
    std::optional<QMap<QString, QString>> extraSpecs;

    static Result<VolumeType> fromJson(const QJsonObject& json);
};

} // namespace zenith
