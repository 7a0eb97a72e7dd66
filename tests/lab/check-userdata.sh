#!/bin/sh
# The lab's user data and the configuration files it writes, checked by the tools that will read
# them: cloud-init's schema, HAProxy, Nginx, PHP, bind9, nftables, the shell (and shellcheck).
# Usage: check-userdata.sh ZENITH_LABRENDER
set -eu
render=$1
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM

for tool in cloud-init haproxy nginx php named-checkconf named-checkzone python3; do
    command -v "$tool" >/dev/null || {
        echo "missing $tool: run packaging/install-deps.sh"
        exit 1
    }
done

"$render" userdata "$work/userdata"
failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}

for yaml in "$work"/userdata/*/*.yaml; do
    variant=$(basename "$(dirname "$yaml")")
    server=$(basename "$yaml" .yaml)
    name="$variant/$server"
    out=$(cloud-init schema --config-file "$yaml" 2>&1) || fail "$name: cloud-init schema: $out"
    echo "$name: $out"
    files="$work/files/$variant/$server"
    marker=$(python3 "$here/extract-files.py" "$yaml" "$files")
    [ "$marker" = "zenith-lab: $server ready" ] || fail "$name: final_message is '$marker'"
    if grep -l '{{' "$files"/* >/dev/null 2>&1; then fail "$name: placeholder left in $(grep -l '{{' "$files"/*)"; fi
    for script in "$files"/*.sh; do
        sh -n "$script" || fail "$name: sh -n $(basename "$script")"
        if command -v shellcheck >/dev/null; then
            shellcheck -s sh -e SC1091 "$script" || fail "$name: shellcheck $(basename "$script")"
        fi
    done

    case $server in
    lb)
        haproxy -c -q -f "$files/haproxy.cfg" || fail "$name: haproxy -c"
        if grep -q '#zenith-tls#' "$files/haproxy.cfg"; then
            # What certbot's deploy hook makes of it, with a throwaway certificate.
            openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=zenith-lab.example \
                -keyout "$work/key.pem" -out "$work/cert.pem" 2>/dev/null
            cat "$work/cert.pem" "$work/key.pem" >"$work/zenith-lab.pem"
            sed -e 's/^\( *\)#zenith-tls# /\1/' -e "s#/etc/haproxy/certs/zenith-lab.pem#$work/zenith-lab.pem#" \
                "$files/haproxy.cfg" >"$files/haproxy-tls.cfg"
            grep -q "bind .*:443 ssl" "$files/haproxy-tls.cfg" || fail "$name: no HTTPS bind after the hook"
            haproxy -c -q -f "$files/haproxy-tls.cfg" || fail "$name: haproxy -c with the certificate"
        fi
        if nft -c -f "$files/nftables.conf" 2>"$work/nft.err"; then :; elif grep -q -i 'permission\|not permitted' "$work/nft.err"; then
            echo "$name: nft -c needs CAP_NET_ADMIN here, skipped"
        else
            fail "$name: nft -c: $(cat "$work/nft.err")"
        fi
        ;;
    web*)
        mkdir -p "$work/nginx/$name"
        cat >"$work/nginx/$name/nginx.conf" <<CONF
pid $work/nginx/$name/nginx.pid;
error_log stderr;
events {}
http {
    include $files/nginx-site.conf;
}
CONF
        # nginx -t binds the site's address: give it that address in a network namespace of its own.
        address=$(sed -n 's/^ *listen \([0-9.]*\):.*/\1/p' "$files/nginx-site.conf")
        unshare -n sh -c "ip link set lo up && ip addr add $address/32 dev lo &&
            nginx -t -q -p '$work/nginx/$name' -c '$work/nginx/$name/nginx.conf'" || fail "$name: nginx -t"
        php -l "$files/index.php" >/dev/null || fail "$name: php -l"
        printf '[global]\nerror_log = %s\ninclude = %s\n' "$work/nginx/$name/fpm.log" "$files/php-pool.conf" \
            >"$work/nginx/$name/fpm.conf"
        php-fpm8.2 -t -y "$work/nginx/$name/fpm.conf" 2>/dev/null || fail "$name: php-fpm -t"
        ;;
    db)
        grep -q "^bind-address = 1" "$files/mariadb.cnf" || fail "$name: MariaDB not bound to the private address"
        ;;
    ns)
        cat >"$work/named-$variant.conf" <<CONF
include "$files/named-options.conf";
include "$files/named-zone.conf";
CONF
        named-checkconf "$work/named-$variant.conf" || fail "$name: named-checkconf"
        zone=$(sed -n 's/^zone "\(.*\)" {/\1/p' "$files/named-zone.conf")
        named-checkzone "$zone" "$files/zone.db" || fail "$name: named-checkzone"
        ;;
    esac
done

[ "$failures" -eq 0 ] || { echo "$failures failure(s)"; exit 1; }
echo "all user data and configuration files pass"
