#!/bin/sh
# Setup of {{server}}, the lab's database: MariaDB with its data on the attached Cinder volume.
set -eu
. /etc/zenith-lab/common.sh

# Nova names the volume's disk by the first 20 characters of its id: /dev/vdb would depend on the
# order of attachments. A blank volume gets a file system; one that already holds the data keeps it.
data_volume() {
    disk=/dev/disk/by-id/virtio-{{volumeSerial}}
    tries=0
    until [ -b "$disk" ]; do
        tries=$((tries + 1))
        [ "$tries" -lt 300 ] || return 1
        sleep 2
    done
    blkid "$disk" >/dev/null || mkfs.ext4 -q -L zenith-db "$disk"
    uuid=$(blkid -s UUID -o value "$disk")
    grep -q "^UUID=$uuid " /etc/fstab || echo "UUID=$uuid {{dataDirectory}} ext4 defaults,nofail 0 2" >>/etc/fstab
    install -d {{dataDirectory}}
    mountpoint -q {{dataDirectory}} || mount {{dataDirectory}}
}

# The package's own setup creates the system tables on the mounted volume (or finds them there).
database() {
    install -m 644 /etc/zenith-lab/mariadb.cnf /etc/mysql/mariadb.conf.d/60-zenith-lab.cnf
    chown mysql:mysql {{dataDirectory}}
    systemctl restart mariadb
    mariadb </etc/zenith-lab/seed.sql
}

step "data volume" data_volume
step "packages" apt_install mariadb-server
step "database" database
