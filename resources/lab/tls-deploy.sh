#!/bin/sh
# certbot's deploy hook, on the first certificate and each renewal: HAProxy reads the chain and
# the key from one file; the first time, it also switches HAProxy's port 443 on.
set -eu
umask 077
cat "$RENEWED_LINEAGE/fullchain.pem" "$RENEWED_LINEAGE/privkey.pem" >/etc/haproxy/certs/zenith-lab.pem
sed -i 's/^\( *\)#zenith-tls# /\1/' /etc/haproxy/haproxy.cfg
haproxy -c -q -f /etc/haproxy/haproxy.cfg
systemctl reload haproxy
