#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace zenith {

//! A Cinder v3 volume snapshot as snapshots/detail and snapshots/{id} show it.
struct VolumeSnapshot
{
    QString id;
    QString name;   //!< empty when the snapshot has none (Cinder sends null)
    QString status; //!< creating, available, deleting, error, error_deleting, ...
    int size = 0;   //!< GiB, the size of the volume when it was taken
    QString volumeId;
    QDateTime createdAt;
    QDateTime updatedAt; //!< invalid until the first change
    QString description;
    QMap<QString, QString> metadata;
    QString progress;  //!< "os-extended-snapshot-attributes:progress" as Cinder words it ("100%"); empty if absent
    QString projectId; //!< "os-extended-snapshot-attributes:project_id", when shown
    QString userId;    //!< microversion 3.41 and later
    QString groupSnapshotId; //!< microversion 3.14 and later

    static Result<VolumeSnapshot> fromJson(const QJsonObject& json);
};

} // namespace zenith
