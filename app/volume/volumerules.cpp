#include "volumerules.h"

#include "common/quoted.h"

namespace zenith {

namespace {

bool isAttached(const Volume& volume)
{
    return volume.status == u"in-use" || !volume.attachments.isEmpty();
}

} // namespace

QString VolumeRules::label(const Volume& volume)
{
    return volume.name.isEmpty() ? volume.id : volume.name;
}

QString VolumeRules::quotedLabel(const Volume& volume)
{
    return quoted(label(volume));
}

std::optional<QString> VolumeRules::attachProblem(const Volume& volume)
{
    if (isAttached(volume) && !volume.multiattach)
        //: %1 is a volume name
        return tr("%1 is already attached: detach it first (a volume is used by one instance at a time).")
            .arg(quotedLabel(volume));
    if (volume.status != u"available")
        //: %1 is a volume name, %2 its Cinder status (e.g. creating)
        return tr("%1 is %2: it can be attached once it is available.").arg(quotedLabel(volume), volume.status);
    return std::nullopt;
}

std::optional<QString> VolumeRules::detachProblem(const Volume& volume)
{
    if (volume.attachments.isEmpty())
        return tr("%1 is not attached to any instance.").arg(quotedLabel(volume));
    if (volume.status != u"in-use")
        return tr("%1 is %2: wait until it is in-use to detach it.").arg(quotedLabel(volume), volume.status);
    return std::nullopt;
}

std::optional<QString> VolumeRules::extendProblem(const Volume& volume, int newSize, bool onlineExtend)
{
    if (volume.status == u"in-use" && !onlineExtend)
        return tr("%1 is attached, and this cloud only extends detached volumes: detach it, extend it, then "
                  "attach it again.")
            .arg(quotedLabel(volume));
    if (volume.status != u"available" && volume.status != u"in-use")
        return tr("%1 is %2: it can be extended once it is available.").arg(quotedLabel(volume), volume.status);
    if (newSize <= volume.size)
        return tr("The new size must be larger than the current %n GiB: Cinder can grow a volume, never shrink it.",
                  nullptr, volume.size);
    return std::nullopt;
}

std::optional<QString> VolumeRules::snapshotProblem(const Volume& volume)
{
    if (volume.status != u"available" && volume.status != u"in-use")
        return tr("%1 is %2: it can be snapshotted once it is available or in use.")
            .arg(quotedLabel(volume), volume.status);
    return std::nullopt;
}

bool VolumeRules::snapshotNeedsForce(const Volume& volume)
{
    return volume.status == u"in-use";
}

std::optional<QString> VolumeRules::deleteProblem(const Volume& volume, int snapshots, const QString& server)
{
    if (isAttached(volume)) {
        if (!server.isEmpty())
            //: %1 is a volume name, %2 an instance name
            return tr("%1 is attached to the instance %2: detach it first.").arg(quotedLabel(volume), quoted(server));
        return tr("%1 is attached to an instance: detach it first.").arg(quotedLabel(volume));
    }
    if (snapshots > 0)
        return tr("%1 has %n snapshot(s): delete them first (Snapshots tab), or keep the volume.", nullptr, snapshots)
            .arg(quotedLabel(volume));
    const bool stable = volume.status == u"available" || volume.status.startsWith(u"error");
    if (!stable)
        return tr("%1 is %2: it can be deleted once that is over.").arg(quotedLabel(volume), volume.status);
    return std::nullopt;
}

std::optional<QString> VolumeRules::explainRefusal(const ApiError& error)
{
    if (error.kind != ApiError::Kind::BadRequest)
        return std::nullopt;
    if (error.message.contains(u"have snapshots") && error.message.contains(u"attached"))
        return tr("Cinder refuses to delete a volume that is attached to an instance, has snapshots, or is busy "
                  "(being created, attached, extended...). Detach it and delete its snapshots first.");
    if (error.message.contains(u"status must be available, but current status is: in-use"))
        return tr("Cinder refuses to snapshot an attached volume unless forced.");
    if (error.message.contains(u"New size for extend must be greater than current size"))
        return tr("Cinder can grow a volume, never shrink it: the new size must be larger than the current one.");
    if (error.message.contains(u"extend") && error.message.contains(u"in-use"))
        return tr("This cloud refuses to extend an attached volume: detach it, extend it, then attach it again.");
    return std::nullopt;
}

} // namespace zenith
