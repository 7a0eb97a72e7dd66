#pragma once

#include "lab/labtopology.h"

#include <QString>

namespace zenith {

//! The `openstack volume snapshot …` lines of the lab's database snapshots, quoted with OpenstackCommand.
class LabSnapshotCommand
{
public:
    //! openstack volume snapshot create --volume VOLUME --force --property zenith-lab=LAB NAME
    //! (--force: the database volume is attached, "in-use", while the lab runs)
    static QString create(const LabTopology& topology, const QString& snapshotName);
    //! openstack volume snapshot delete NAME
    static QString remove(const QString& snapshotName);
    //! openstack volume create --snapshot NAME VOLUME-restored (a new volume with the snapshot's data)
    static QString restore(const LabTopology& topology, const QString& snapshotName);
    //! openstack volume snapshot list --volume VOLUME
    static QString list(const LabTopology& topology);
};

} // namespace zenith
