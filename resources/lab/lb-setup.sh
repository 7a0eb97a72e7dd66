#!/bin/sh
# Setup of {{server}}, the lab's gateway: routing and NAT for the private network, HAProxy in
# front of the web servers, then (in the background) the TLS certificate when one is asked for.
set -eu
. /etc/zenith-lab/common.sh

# The private port holds {{gateway}}, the subnet's gateway: DHCP there offers a default route
# through this very server. Debian 12's cloud images configure interfaces with netplan and
# systemd-networkd (ifupdown on older images): keep DHCP's address on that interface, drop its
# routes and DNS for good, and delete the route it may already have installed.
private_interface() {
    private=$(ip -o -4 addr show to {{gateway}}/32 | awk '{ print $2; exit }')
    [ -n "$private" ] || return 1
    if command -v netplan >/dev/null && [ -d /etc/netplan ]; then
        umask 077
        printf 'network:\n  version: 2\n  ethernets:\n    %s:\n      dhcp4-overrides:\n        use-routes: false\n        use-dns: false\n' \
            "$private" >/etc/netplan/90-zenith-lab-private.yaml
        umask 022
        netplan generate
        networkctl reload
        networkctl reconfigure "$private"
        sleep 2
    fi
    while ip -4 route del default dev "$private" 2>/dev/null; do :; done
}

forwarding() {
    install -m 644 /etc/zenith-lab/sysctl.conf /etc/sysctl.d/60-zenith-lab.conf
    sysctl -q -p /etc/sysctl.d/60-zenith-lab.conf
}

nat() {
    install -m 755 /etc/zenith-lab/nftables.conf /etc/nftables.conf
    nft -f /etc/nftables.conf
    systemctl enable nftables
}

haproxy_frontend() {
    install -d -m 700 /etc/haproxy/certs
    install -m 644 /etc/zenith-lab/haproxy.cfg /etc/haproxy/haproxy.cfg
    haproxy -c -q -f /etc/haproxy/haproxy.cfg
    systemctl restart haproxy
}

step "private interface" private_interface
step "packages" apt_install haproxy nftables certbot
step "ip forwarding" forwarding
step "nat" nat
step "haproxy" haproxy_frontend
{{tlsStep}}
