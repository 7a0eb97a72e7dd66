#include "volumecreateform.h"

#include "common/quoted.h"

#include <algorithm>

namespace zenith {

namespace {

constexpr qint64 gib = qint64(1) << 30;

} // namespace

int VolumeCreateForm::minimumSize() const
{
    switch (source) {
    case Source::Image:
        // Cinder copies the whole image: a volume smaller than the image file is refused too.
        return std::max({1, imageMinDisk, int((imageSize + gib - 1) / gib)});
    case Source::Snapshot: return std::max(1, snapshotSize);
    case Source::Empty: break;
    }
    return 1;
}

QList<VolumeProblem> VolumeCreateForm::validate() const
{
    QList<VolumeProblem> problems;
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        problems.append({VolumeProblem::Field::Name,
                         tr("Give the volume a name: you will pick it by name when you attach it, and the openstack "
                            "command refers to it by name.")});
    else if (name.size() > maxNameLength)
        problems.append(
            {VolumeProblem::Field::Name,
             tr("The name is %1 characters long; Cinder accepts at most %2.").arg(name.size()).arg(maxNameLength)});
    else if (trimmed != name)
        problems.append({VolumeProblem::Field::Name,
                         tr("The name starts or ends with a space: remove it, it is easy to miss when typing the "
                            "name in a command.")});

    if (source == Source::Image && imageId.isEmpty())
        problems.append({VolumeProblem::Field::Source, tr("Choose the image to copy onto the volume.")});
    else if (source == Source::Image && imageStatus != u"active")
        problems.append({VolumeProblem::Field::Source,
                         //: %1 is an image name, %2 its Glance status (e.g. queued)
                         tr("The image %1 cannot be copied yet: its status is %2, not active.")
                             .arg(quoted(imageName), imageStatus)});
    if (source == Source::Snapshot && snapshotId.isEmpty())
        problems.append({VolumeProblem::Field::Source, tr("Choose the snapshot to restore into the new volume.")});
    else if (source == Source::Snapshot && snapshotStatus != u"available")
        problems.append({VolumeProblem::Field::Source,
                         //: %1 is a snapshot name, %2 its status (e.g. creating)
                         tr("The snapshot %1 cannot be restored yet: its status is %2, not available.")
                             .arg(quoted(snapshotName), snapshotStatus)});

    if (size < 1) {
        problems.append({VolumeProblem::Field::Size, tr("The size must be at least 1 GiB.")});
    } else if (source == Source::Image && !imageId.isEmpty() && size < minimumSize()) {
        problems.append(
            {VolumeProblem::Field::Size,
             //: %1 is an image name
             tr("The image %1 needs a volume of at least %n GiB.", nullptr, minimumSize()).arg(quoted(imageName))});
    } else if (source == Source::Snapshot && !snapshotId.isEmpty() && size < minimumSize()) {
        problems.append({VolumeProblem::Field::Size,
                         //: %1 is a snapshot name
                         tr("The snapshot %1 was taken of a %n GiB volume: the new volume must be at least as large.",
                            nullptr, minimumSize())
                             .arg(quoted(snapshotName))});
    }
    return problems;
}

CreateVolumeRequest VolumeCreateForm::toRequest() const
{
    CreateVolumeRequest request;
    request.name = name;
    request.size = size;
    if (!volumeType.isEmpty())
        request.volumeType = volumeType;
    if (!availabilityZone.isEmpty())
        request.availabilityZone = availabilityZone;
    if (source == Source::Image)
        request.imageRef = imageId;
    else if (source == Source::Snapshot)
        request.snapshotId = snapshotId;
    return request;
}

QString VolumeCreateForm::command() const
{
    VolumeCommand::CreateOptions options;
    options.name = name;
    options.size = size;
    options.type = volumeType;
    options.availabilityZone = availabilityZone;
    if (source == Source::Image)
        options.image = imageName.isEmpty() ? imageId : imageName;
    else if (source == Source::Snapshot)
        options.snapshot = snapshotName.isEmpty() ? snapshotId : snapshotName;
    return VolumeCommand::create(options);
}

} // namespace zenith
