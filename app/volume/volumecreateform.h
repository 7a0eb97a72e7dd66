#pragma once

#include "cli/volumecommand.h"
#include "volume/createvolumerequest.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace zenith {

//! A problem with one field of the create volume dialog, in words for the user.
struct VolumeProblem
{
    enum class Field { Name, Size, Source };
    Field field;
    QString message;
};

//! What the create volume dialog holds: a plain value checked by validate() before anything is
//! sent, then turned into Cinder's request and the equivalent `openstack volume create`.
struct VolumeCreateForm
{
    Q_DECLARE_TR_FUNCTIONS(zenith::VolumeCreateForm)

public:
    enum class Source { Empty, Image, Snapshot };
    //! Cinder's limit on names (a database column).
    static constexpr int maxNameLength = 255;

    QString name;
    int size = 1;             //!< GiB
    QString volumeType;       //!< empty: the cloud's default type
    QString availabilityZone; //!< empty: the cloud's default zone
    Source source = Source::Empty;

    QString imageId;
    QString imageName;
    QString imageStatus;  //!< "active" when it can be copied
    int imageMinDisk = 0; //!< GiB
    qint64 imageSize = 0; //!< bytes

    QString snapshotId;
    QString snapshotName;
    QString snapshotStatus; //!< "available" when it can be restored
    int snapshotSize = 0;   //!< GiB

    //! Every problem found, in the order of the dialog's fields; empty when the request can be sent.
    QList<VolumeProblem> validate() const;
    //! The least size the source allows: the image's min disk (or its size rounded up to GiB),
    //! the snapshot's size, 1 GiB for an empty volume.
    int minimumSize() const;
    CreateVolumeRequest toRequest() const;
    QString command() const;
};

} // namespace zenith
