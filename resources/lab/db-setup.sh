#!/bin/sh
# Setup of {{server}}, the lab's database: MariaDB with its data on the attached Cinder volume.
set -eu
. /etc/zenith-lab/common.sh

# Nova names the volume's disk by the first 20 characters of its id: /dev/vdb would depend on the
# order of attachments. The volume may be attached after the server booted: wait up to 10 minutes.
disk=/dev/disk/by-id/virtio-{{volumeSerial}}
wait_for_volume() {
    tries=0
    until [ -b "$disk" ]; do
        tries=$((tries + 1))
        [ "$tries" -lt 300 ] || return 1
        sleep 2
    done
}

# A blank volume gets a file system and the system tables the package just created; a volume that
# already holds a database (a rebuilt server) keeps it. Mounted by UUID from /etc/fstab at each boot.
data_on_volume() {
    systemctl stop mariadb
    blkid "$disk" >/dev/null || mkfs.ext4 -q -L zenith-db "$disk"
    uuid=$(blkid -s UUID -o value "$disk")
    grep -q "^UUID=$uuid " /etc/fstab || echo "UUID=$uuid {{dataDirectory}} ext4 defaults,nofail 0 2" >>/etc/fstab
    if ! mountpoint -q {{dataDirectory}}; then
        install -d /mnt/zenith-db
        mount "$disk" /mnt/zenith-db
        [ -d /mnt/zenith-db/mysql ] || cp -a {{dataDirectory}}/. /mnt/zenith-db/
        umount /mnt/zenith-db
        mount {{dataDirectory}}
    fi
    chown mysql:mysql {{dataDirectory}}
}

# MariaDB binds the private address only, which DHCP brings: at boot, start once the network is up.
database() {
    install -m 644 /etc/zenith-lab/mariadb.cnf /etc/mysql/mariadb.conf.d/60-zenith-lab.cnf
    install -d /etc/systemd/system/mariadb.service.d
    printf '[Unit]\nWants=network-online.target\nAfter=network-online.target\n' \
        >/etc/systemd/system/mariadb.service.d/zenith-lab.conf
    systemctl daemon-reload
    systemctl start mariadb
    mariadb </etc/zenith-lab/seed.sql
}

step "data volume" wait_for_volume
step "packages" apt_install mariadb-server
step "data on the volume" data_on_volume
step "database" database
