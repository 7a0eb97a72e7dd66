#!/bin/sh
# The lab's configuration files, rendered for 127.0.0.1, run for real on this machine:
# HAProxy -> two Nginx + PHP-FPM -> MariaDB, and bind9 with the internal zone. Asserts that a page
# through HAProxy shows the database's row, that consecutive requests alternate between the two
# web servers, and that bind9 answers the zone's A records. Everything listens on 127.0.0.1 only
# and is stopped and deleted at the end, failed or not.
# Usage: loopback.sh ZENITH_LABRENDER   (as root: MariaDB, PHP-FPM, Nginx and bind9 drop privileges)
set -eu
render=$1

if [ "$(id -u)" -ne 0 ]; then
    echo "SKIP: the loopback run starts services that switch users: run it as root"
    exit 77
fi
fpm=$(command -v php-fpm8.2 || find /usr/sbin -name 'php-fpm*' | sort -V | tail -n 1)
for tool in haproxy nginx "$fpm" mariadbd mariadb-install-db named dig curl; do
    command -v "$tool" >/dev/null || {
        echo "missing ${tool:-php-fpm}: run packaging/install-deps.sh"
        exit 1
    }
done

# A free block of ports (HAProxy at the base, web servers +1 and +2, MariaDB +51, bind9 +52).
in_use() {
    ss -Htuan | awk '{ print $5 }' | grep -q -E ":($1|$(($1 + 1))|$(($1 + 2))|$(($1 + 50))|$(($1 + 51))|$(($1 + 52)))\$"
}
base=${ZENITH_LAB_LOOPBACK_PORT:-18080}
while in_use "$base"; do
    base=$((base + 100))
    [ "$base" -lt 30000 ] || {
        echo "no free ports"
        exit 1
    }
done

work=$(mktemp -d /tmp/zenith-lab-loopback.XXXXXX)
chmod 755 "$work"
pids=""
mariadb=""
cleanup() {
    status=$?
    [ -z "$mariadb" ] || kill "$mariadb" 2>/dev/null || true
    pids="$mariadb"
    for pidfile in "$work"/run/*.pid; do
        if [ -f "$pidfile" ]; then
            pid=$(cat "$pidfile")
            kill "$pid" 2>/dev/null && pids="$pids $pid"
        fi
    done
    # Give them 5 s to stop cleanly, then stop the rest for good.
    for _ in 1 2 3 4 5 6 7 8 9 10; do
        alive=""
        for pid in $pids; do kill -0 "$pid" 2>/dev/null && alive="$alive $pid"; done
        [ -n "$alive" ] || break
        sleep 0.5
    done
    for pid in $alive; do kill -9 "$pid" 2>/dev/null || true; done
    if [ "$status" -ne 0 ]; then
        for log in "$work"/*.log; do
            [ -f "$log" ] && { echo "--- $log"; tail -n 20 "$log"; }
        done
    fi
    rm -rf "$work"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

wait_for() { # wait_for WHAT COMMAND…: up to 20 s
    what=$1
    shift
    tries=0
    until "$@" >/dev/null 2>&1; do
        tries=$((tries + 1))
        [ "$tries" -lt 100 ] || {
            echo "FAIL: $what did not come up"
            exit 1
        }
        sleep 0.2
    done
}

"$render" loopback "$work" "$base"
mkdir -p "$work/run" "$work/www" "$work/mysql" "$work/bind"
chmod 1777 "$work/run"

# MariaDB: a throwaway data directory, seeded by the database role's own SQL.
chown mysql:mysql "$work/mysql"
mariadb-install-db --defaults-file="$work/db/mariadb.cnf" --user=mysql --skip-test-db \
    --auth-root-authentication-method=socket >"$work/mariadb-install.log" 2>&1
mariadbd --defaults-file="$work/db/mariadb.cnf" --user=mysql --skip-log-bin >"$work/mariadb.log" 2>&1 &
mariadb=$!
wait_for "MariaDB" mariadb-admin --socket="$work/run/mysqld.sock" ping
mariadb --socket="$work/run/mysqld.sock" <"$work/db/seed.sql"

# Two web servers, each an Nginx and a PHP-FPM of its own, with the web role's page.
cp "$work/web1/index.php" "$work/www/index.php"
chmod 644 "$work/www/index.php"
for web in web1 web2; do
    printf '[global]\npid = %s\nerror_log = %s\ndaemonize = yes\ninclude = %s\n' \
        "$work/run/$web-fpm.pid" "$work/$web-fpm.log" "$work/$web/php-pool.conf" >"$work/$web/fpm.conf"
    "$fpm" -y "$work/$web/fpm.conf"
    mkdir -p "$work/$web/tmp"
    cat >"$work/$web/nginx.conf" <<CONF
user www-data;
pid $work/run/$web-nginx.pid;
error_log $work/$web-nginx.log;
events {}
http {
    access_log off;
    client_body_temp_path $work/$web/tmp/body;
    fastcgi_temp_path $work/$web/tmp/fastcgi;
    proxy_temp_path $work/$web/tmp/proxy;
    uwsgi_temp_path $work/$web/tmp/uwsgi;
    scgi_temp_path $work/$web/tmp/scgi;
    include $work/$web/nginx-site.conf;
}
CONF
    nginx -p "$work/$web" -c "$work/$web/nginx.conf"
done

# HAProxy in front of both.
haproxy -D -p "$work/run/haproxy.pid" -f "$work/lb/haproxy.cfg"

# bind9 with the name server role's options, zone declaration and zone file (no rndc channel:
# the dev cloud's bind9 owns 127.0.0.1:953).
chown bind:bind "$work/bind"
cp "$work/ns/zone.db" "$(sed -n 's/^ *file "\(.*\)";/\1/p' "$work/ns/named-zone.conf")"
cat >"$work/named.conf" <<CONF
include "$work/ns/named-options.conf";
include "$work/ns/named-zone.conf";
controls { };
CONF
named -4 -u bind -c "$work/named.conf" -L "$work/named.log"

page() {
    curl -fsS --max-time 5 "http://127.0.0.1:$base/"
}
wait_for "the page through HAProxy" page
wait_for "the second web server" sh -c "curl -fsS --max-time 5 http://127.0.0.1:$((base + 2))/ | grep -q web2"

failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}
first=$(page)
second=$(page)
echo "$first" | grep -q "Hello from the database of the lab lab" || fail "no row from the database in: $first"
served() { echo "$1" | sed -n 's/.*Served by <strong>\(web[0-9]*\)<.*/\1/p'; }
one=$(served "$first")
two=$(served "$second")
echo "through HAProxy: \"$(echo "$first" | sed -n 's/.*<h1>\(.*\)<\/h1>.*/\1/p')\" from $one, then from $two"
if [ -z "$one" ] || [ "$one" = "$two" ]; then fail "consecutive requests did not alternate ($one, $two)"; fi

dns=$((base + 52))
for record in lb:10.12.0.1 ns:10.12.0.2 db:10.12.0.3 web1:10.12.0.11 web2:10.12.0.12; do
    name=${record%%:*}
    answer=$(dig +short +time=2 +tries=2 @127.0.0.1 -p "$dns" "$name.lab.internal" A)
    [ "$answer" = "${record#*:}" ] || fail "dig $name.lab.internal: '$answer'"
done
echo "bind9: $(dig +short @127.0.0.1 -p "$dns" lab.internal NS) answers lb, ns, db, web1, web2"

# Nothing of this listens beyond loopback.
if ss -Htlnup | grep -E ":($base|$((base + 1))|$((base + 2))|$((base + 51))|$((base + 52))) " | awk '{ print $5 }' | grep -v '^127\.0\.0\.1:'; then
    fail "a service listens beyond 127.0.0.1"
fi

[ "$failures" -eq 0 ] || exit 1
echo "loopback lab: HAProxy -> web1/web2 (Nginx + PHP-FPM) -> MariaDB, and bind9: all pass"
