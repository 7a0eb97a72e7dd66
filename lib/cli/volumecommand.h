#pragma once

#include <QString>
#include <QStringList>

namespace zenith {

//! The `openstack volume …` command lines (python-openstackclient) that match the Volumes area's
//! actions, quoted for a POSIX shell with OpenstackCommand. Pure functions.
class VolumeCommand
{
public:
    //! What `openstack volume create` is given; empty strings and size 0 are left out.
    struct CreateOptions
    {
        QString name;
        int size = 0; //!< GiB; 0 leaves --size out (a volume from a snapshot takes the snapshot's)
        QString type;
        QString image;    //!< an image name or id: --image
        QString snapshot; //!< a snapshot name or id: --snapshot
        QString availabilityZone;
    };

    //! openstack volume create [--size N] [--type T] [--image I | --snapshot S]
    //! [--availability-zone AZ] NAME
    static QString create(const CreateOptions& options);
    //! openstack volume set --size N VOLUME (extend); an attached volume needs
    //! `--os-volume-api-version 3.42` before it, as Zenith's own request does.
    static QString setSize(const QString& volume, int size, bool attached = false);
    //! openstack volume delete VOLUME…
    static QString remove(const QStringList& volumes);
    //! openstack volume snapshot create --volume VOLUME [--force] NAME
    static QString snapshotCreate(const QString& volume, const QString& name, bool force);
    //! openstack volume snapshot delete SNAPSHOT…
    static QString snapshotDelete(const QStringList& snapshots);
};

} // namespace zenith
