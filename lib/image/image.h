#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace zenith {

//! A Glance v2 image.
struct Image
{
    QString id;
    QString name;
    QString status;     //!< queued, saving, active, killed, deleted, pending_delete, deactivated, uploading, importing
    QString visibility; //!< public, private, shared, community
    std::optional<qint64> size; //!< bytes; null until the data is uploaded
    int minDisk = 0;            //!< GiB
    int minRam = 0;             //!< MiB
    QString diskFormat;
    QString containerFormat;
    QString owner;
    bool isProtected = false;
    QString osDistro; //!< the os_distro property, when set ("debian", "ubuntu")
    QStringList tags;
    QDateTime createdAt;
    QDateTime updatedAt;

    static Result<Image> fromJson(const QJsonObject& json);
};

} // namespace zenith
