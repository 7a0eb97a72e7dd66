#pragma once

#include "volumeattachment.h"

#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace zenith {

//! A Cinder v3 volume as volumes/detail and volumes/{id} show it, at any microversion from 3.0 to 3.60.
struct Volume
{
    QString id;
    QString name;   //!< empty when the volume has none (Cinder sends null)
    QString status; //!< creating, available, in-use, extending, error_extending, downloading, deleting, error, ...
    int size = 0;   //!< GiB
    QString volumeType;
    QString availabilityZone;
    bool bootable = false; //!< true once an image was copied onto it (Cinder sends the string "true")
    bool encrypted = false;
    bool multiattach = false;
    QList<VolumeAttachment> attachments;
    QDateTime createdAt;
    QDateTime updatedAt; //!< invalid until the first change
    QString description;
    QString snapshotId;     //!< the snapshot it was made from, if any
    QString sourceVolumeId; //!< the volume it was cloned from ("source_volid"), if any
    QMap<QString, QString> metadata;
    QMap<QString, QString> imageMetadata; //!< "volume_image_metadata" (image_id, image_name, ...) of image volumes
    QString userId;
    QString projectId; //!< "os-vol-tenant-attr:tenant_id", when policy shows it
    QString groupId;   //!< microversion 3.13 and later
    QString host;      //!< "os-vol-host-attr:host": administrators only

    static Result<Volume> fromJson(const QJsonObject& json);
};

} // namespace zenith
