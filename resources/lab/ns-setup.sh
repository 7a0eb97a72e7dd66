#!/bin/sh
# Setup of {{server}}, the lab's name server: bind9 for the zone {{zone}} and recursion.
set -eu
. /etc/zenith-lab/common.sh

# The subnet names this server as everyone's resolver, itself included: until bind9 runs, apt
# resolves the mirror's name through public resolvers (for this boot only).
bootstrap_resolver() {
    getent hosts deb.debian.org >/dev/null && return 0
    interface=$(ip -o -4 addr show to {{address}}/32 | awk '{ print $2; exit }')
    if command -v resolvectl >/dev/null; then
        resolvectl dns "$interface" {{bootstrapResolvers}}
    else
        cp /etc/resolv.conf /etc/resolv.conf.zenith-lab
        printf 'nameserver %s\n' {{bootstrapResolvers}} >/etc/resolv.conf
    fi
}

restore_resolver() {
    if command -v resolvectl >/dev/null; then
        interface=$(ip -o -4 addr show to {{address}}/32 | awk '{ print $2; exit }')
        resolvectl revert "$interface"
    elif [ -f /etc/resolv.conf.zenith-lab ]; then
        mv /etc/resolv.conf.zenith-lab /etc/resolv.conf
    fi
}

name_server() {
    install -m 644 /etc/zenith-lab/named-options.conf /etc/bind/named.conf.options
    install -m 644 /etc/zenith-lab/named-zone.conf /etc/bind/named.conf.local
    install -m 644 /etc/zenith-lab/zone.db {{zoneFile}}
    named-checkconf /etc/bind/named.conf
    named-checkzone -q {{zone}} {{zoneFile}}
    systemctl restart named
}

step "resolver" bootstrap_resolver
step "packages" apt_install bind9
step "bind9" name_server
step "resolver" restore_resolver
