#!/bin/sh
# The lab's TLS certificate from Let's Encrypt ({{acmeServer}}), through HAProxy's routing of
# /.well-known/acme-challenge/ to certbot's standalone server. The domain's A records may still be
# propagating: retry for about 30 minutes. certbot's timer renews it with the same settings.
set -eu
tries=0
until certbot certonly --non-interactive --agree-tos --email {{email}} {{stagingOption}} \
    --standalone --http-01-address {{acmeHost}} --http-01-port {{acmePort}} \
    --cert-name zenith-lab --deploy-hook /etc/zenith-lab/tls-deploy.sh \
    -d {{domain}} -d {{wwwDomain}}; do
    tries=$((tries + 1))
    [ "$tries" -lt 60 ] || exit 1
    sleep 30
done
