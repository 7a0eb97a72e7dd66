#!/bin/bash
# up.sh - bring up Zenith's dev cloud: a minimal, loopback-only OpenStack (Debian 12
# "bookworm", OpenStack Zed packages) on this machine, as root, without systemd.
# The contract suite (tests/contract) runs against it; see README.md here.
#
#   sudo tests/devcloud/up.sh     # install (if needed), configure, start, seed
#   sudo tests/devcloud/down.sh   # stop everything this script started (by PID)
#
# Idempotent: safe to run again while running (already-running services are
# kept; configs are rewritten but NOT reloaded: use down.sh && up.sh after
# changing them) or after down.sh (services are restarted, DBs are kept).
#
# Every listener binds 127.0.0.1 only.  No bridges, namespaces, dnsmasq or
# qemu: Nova uses nova.virt.fake.FakeDriver, Cinder uses zenith_cinder_driver.py
# (python3-cinder's fake logging driver that can also extend volumes and "copy"
# images), Neutron ports are bound by the
# openvswitch mechanism driver thanks to fake_ovs_agent.py (agent heartbeat +
# "device up" RPCs only; it never touches OVS or the network).
#
# Environment knobs:
#   DEVCLOUD_STATE   state/log/pid folder       (default /var/lib/zenith-devcloud)
#   DEVCLOUD_HEAT=0  skip Heat
#   DEVCLOUD_SKIP_INSTALL=1  do not call apt-get
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
STATE=${DEVCLOUD_STATE:-/var/lib/zenith-devcloud}
LOG=$STATE/log
RUN=$STATE/run
WITH_HEAT=${DEVCLOUD_HEAT:-1}

# ---- credentials (dev-only, loopback-only cloud) ---------------------------
DB_PASS=devcloud-db
ADMIN_PASS=admin
DEMO_PASS=demo
SVC_PASS=devcloud-svc
HEAT_DOMAIN_PASS=devcloud-heat
RABBIT_URL="rabbit://guest:guest@127.0.0.1:5672/"
H=127.0.0.1
KS=http://$H:5000
DB="mysql+pymysql://openstack:$DB_PASS@$H"
HOSTNAME_OS=devcloud          # nova/neutron/cinder "host" (compute host name)

export DEBIAN_FRONTEND=noninteractive
# Debian's python only: a pyenv/venv python3 earlier in PATH lacks the OpenStack modules
export PATH=/usr/sbin:/usr/bin:/sbin:/bin
export OS_CLOUD=devcloud-admin
# Our clouds.yaml lives with the dev cloud's state, not in /etc/openstack: bringing the dev cloud up
# must not change which clouds the person's own tools and Zenith see.
export OS_CLIENT_CONFIG_FILE=$STATE/clouds.yaml
mkdir -p "$LOG" "$RUN" "$STATE/uwsgi"
TIMINGS=$STATE/timings.txt
T0=$(date +%s.%N)
echo "# up.sh run $(date -u +%FT%TZ)" >> "$TIMINGS"

say() { printf '\n== %s\n' "$*"; }
_step_start=0
step() { _step_name=$1; _step_start=$(date +%s.%N); say "$1"; }
done_step() {
  local now; now=$(date +%s.%N)
  printf '%-28s %6.1f s\n' "$_step_name" "$(echo "$now - $_step_start" | bc)" | tee -a "$TIMINGS"
}

# ---- process helpers ---------------------------------------------------------
. "$HERE/pids.sh"
# start NAME CMD... : start in background in its own session, log to $LOG/NAME.log
start() {
  local name=$1; shift
  if alive "$name"; then echo "  $name already running (pid $(cat "$RUN/$name.pid"))"; return 0; fi
  forget "$name"
  # own session + process group (PGID == PID), PID written by the process itself
  setsid bash -c 'echo $$ > "$0"; exec "$@"' "$RUN/$name.pid" "$@" >>"$LOG/$name.log" 2>&1 < /dev/null &
  local i=0; until [ -s "$RUN/$name.pid" ] || [ $i -ge 50 ]; do sleep 0.1; i=$((i+1)); done
  record_start "$name"
  echo "  started $name pid $(cat "$RUN/$name.pid")"
}
# stop_changed NAME FILE TARGET: install FILE as TARGET; when it changed, stop NAME so that
# the start below runs the new code (our own daemons' code is the one change up.sh applies by itself)
stop_changed() {
  local name=$1 file=$2 target=$3
  cmp -s "$file" "$target" && return 0
  install -D -m 0644 "$file" "$target"
  if alive "$name"; then
    local pid; pid=$(cat "$RUN/$name.pid")
    kill -- "-$pid" 2>/dev/null || true
    local i=0; while kill -0 "$pid" 2>/dev/null && [ $i -lt 100 ]; do sleep 0.1; i=$((i+1)); done
    echo "  stopped $name: $(basename "$file") changed"
  fi
}
# wait_http URL [SECONDS]: wait until URL answers with any HTTP status
wait_http() {
  local url=$1 t=${2:-120} i=0
  until curl -s -o /dev/null -m 5 "$url"; do
    i=$((i+1)); [ $i -ge $((t*2)) ] && { echo "TIMEOUT waiting for $url"; return 1; }
    sleep 0.5
  done
}
wait_port() {  # wait_port PORT [SECONDS]
  local p=$1 t=${2:-120} i=0
  until ss -ltn "sport = :$p" | grep -q LISTEN; do
    i=$((i+1)); [ $i -ge $((t*2)) ] && { echo "TIMEOUT waiting for port $p"; return 1; }
    sleep 0.5
  done
}
uwsgi_ini() {  # uwsgi_ini NAME PORT WSGI_FILE PROCESSES
  cat > "$STATE/uwsgi/$1.ini" <<EOF
[uwsgi]
plugins = python3,http
master = true
# HTTP router process in front of the workers: supports keep-alive without
# pinning a worker to an idle client connection (plain http-socket does not)
http = $H:$2
http-keepalive = 1
http-auto-chunked = true
http-timeout = 600
wsgi-file = $3
processes = $4
threads = 1
lazy-apps = true
die-on-term = true
enable-threads = true
need-app = true
buffer-size = 65535
post-buffering = 65536
name = $1
EOF
}

# =============================================================================
step "install packages"
PKGS="mariadb-server python3-pymysql rabbitmq-server memcached python3-memcache
 keystone glance-api placement-api nova-api nova-conductor nova-scheduler
 neutron-server cinder-api cinder-scheduler cinder-volume
 designate-api designate-central designate-worker designate-producer designate-mdns
 bind9 bind9utils bind9-dnsutils heat-api heat-engine
 python3-openstackclient python3-designateclient python3-heatclient curl jq bc iproute2"
missing=""
for p in $PKGS; do dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"; done
if [ -n "$missing" ] && [ "${DEVCLOUD_SKIP_INSTALL:-0}" != 1 ]; then
  # no systemd/init here: make sure maintainer scripts do not try to start daemons
  created_policy=0
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d; chmod +x /usr/sbin/policy-rc.d; created_policy=1
  fi
  apt-get install -y --no-install-recommends -o DPkg::Lock::Timeout=900 $missing
  if [ $created_policy = 1 ]; then rm -f /usr/sbin/policy-rc.d; fi
fi
done_step

# =============================================================================
step "mariadb+rabbitmq+memcached"
cat > /etc/mysql/mariadb.conf.d/99-devcloud.cnf <<'EOF'
[mysqld]
bind-address = 127.0.0.1
skip-name-resolve
max_connections = 1000
character-set-server = utf8
collation-server = utf8_general_ci
innodb_buffer_pool_size = 256M
innodb_flush_log_at_trx_commit = 0
innodb_doublewrite = 0
sync_binlog = 0
EOF
mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld
if [ ! -d /var/lib/mysql/mysql ]; then mariadb-install-db --user=mysql >/dev/null; fi
start mariadb /usr/sbin/mariadbd --user=mysql

# RabbitMQ: loopback only, including epmd and the Erlang distribution port
cat > /etc/rabbitmq/rabbitmq-env.conf <<'EOF'
NODENAME=rabbit@localhost
NODE_IP_ADDRESS=127.0.0.1
NODE_PORT=5672
ERL_EPMD_ADDRESS=127.0.0.1
SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
CTL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
EOF
cat > /etc/rabbitmq/rabbitmq.conf <<'EOF'
listeners.tcp.default = 127.0.0.1:5672
loopback_users.guest = true
EOF
start epmd env ERL_EPMD_ADDRESS=127.0.0.1 /usr/bin/epmd -address 127.0.0.1
sleep 0.5
start rabbitmq setpriv --reuid=rabbitmq --regid=rabbitmq --init-groups \
  env HOME=/var/lib/rabbitmq ERL_EPMD_ADDRESS=127.0.0.1 /usr/lib/rabbitmq/bin/rabbitmq-server
start memcached /usr/bin/memcached -u memcache -l 127.0.0.1 -p 11211 -m 64 -U 0

until mysqladmin ping >/dev/null 2>&1; do sleep 0.5; done
mysql <<EOF
CREATE USER IF NOT EXISTS 'openstack'@'127.0.0.1' IDENTIFIED BY '$DB_PASS';
CREATE USER IF NOT EXISTS 'openstack'@'localhost' IDENTIFIED BY '$DB_PASS';
EOF
for d in keystone glance placement nova_api nova nova_cell0 neutron cinder designate heat; do
  mysql -e "CREATE DATABASE IF NOT EXISTS $d; GRANT ALL PRIVILEGES ON $d.* TO 'openstack'@'127.0.0.1'; GRANT ALL PRIVILEGES ON $d.* TO 'openstack'@'localhost';"
done
wait_port 5672 120
done_step

# ---- common config snippets ---------------------------------------------------
authtoken() {  # authtoken USER
cat <<EOF
[keystone_authtoken]
www_authenticate_uri = $KS
auth_url = $KS
memcached_servers = $H:11211
auth_type = password
project_domain_name = Default
user_domain_name = Default
project_name = service
username = $1
password = $SVC_PASS
region_name = RegionOne
EOF
}
svcauth() {  # svcauth SECTION USER  - keystoneauth password plugin section
cat <<EOF
[$1]
auth_type = password
auth_url = $KS
project_domain_name = Default
user_domain_name = Default
project_name = service
username = $2
password = $SVC_PASS
region_name = RegionOne
EOF
}

# =============================================================================
step "keystone"
cat > /etc/keystone/keystone.conf <<EOF
[DEFAULT]
[database]
connection = $DB/keystone
[token]
provider = fernet
[cache]
enabled = true
backend = oslo_cache.memcache_pool
memcache_servers = $H:11211
[oslo_policy]
enforce_scope = false
enforce_new_defaults = false
EOF
keystone-manage db_sync
keystone-manage fernet_setup --keystone-user keystone --keystone-group keystone
keystone-manage credential_setup --keystone-user keystone --keystone-group keystone
keystone-manage bootstrap --bootstrap-password "$ADMIN_PASS" \
  --bootstrap-admin-url $KS/v3/ --bootstrap-internal-url $KS/v3/ \
  --bootstrap-public-url $KS/v3/ --bootstrap-region-id RegionOne
uwsgi_ini keystone 5000 /usr/bin/keystone-wsgi-public 2
start keystone uwsgi --ini "$STATE/uwsgi/keystone.ini"
wait_http $KS/v3 120

cat > "$STATE/clouds.yaml" <<EOF
clouds:
  devcloud-admin:
    auth:
      auth_url: $KS/v3
      username: admin
      password: $ADMIN_PASS
      project_name: admin
      user_domain_name: Default
      project_domain_name: Default
    region_name: RegionOne
    identity_api_version: 3
  devcloud-demo:
    auth:
      auth_url: $KS/v3
      username: demo
      password: $DEMO_PASS
      project_name: demo
      user_domain_name: Default
      project_domain_name: Default
    region_name: RegionOne
    identity_api_version: 3
EOF
cat > "$STATE/admin-openrc" <<EOF
export OS_AUTH_URL=$KS/v3 OS_IDENTITY_API_VERSION=3 OS_REGION_NAME=RegionOne
export OS_USERNAME=admin OS_PASSWORD=$ADMIN_PASS OS_PROJECT_NAME=admin
export OS_USER_DOMAIN_NAME=Default OS_PROJECT_DOMAIN_NAME=Default
EOF
/usr/bin/python3 "$HERE/keystone_seed.py" "$KS/v3" "$ADMIN_PASS" "$DEMO_PASS" "$SVC_PASS" "$HEAT_DOMAIN_PASS"
done_step

# =============================================================================
step "glance"
mkdir -p /var/lib/glance/images /var/lib/glance/lock
cat > /etc/glance/glance-api.conf <<EOF
[DEFAULT]
bind_host = $H
bind_port = 9292
workers = 1
transport_url = $RABBIT_URL
[database]
connection = $DB/glance
$(authtoken glance)
[paste_deploy]
flavor = keystone
[glance_store]
stores = file,http
default_store = file
filesystem_store_datadir = /var/lib/glance/images/
[oslo_concurrency]
lock_path = /var/lib/glance/lock
[oslo_policy]
enforce_scope = false
enforce_new_defaults = false
EOF
glance-manage --config-file /etc/glance/glance-api.conf db_sync >/dev/null 2>&1 || \
  glance-manage --config-file /etc/glance/glance-api.conf db_sync
start glance-api glance-api --config-file /etc/glance/glance-api.conf
done_step

# =============================================================================
step "placement"
cat > /etc/placement/placement.conf <<EOF
[DEFAULT]
[api]
auth_strategy = keystone
[placement_database]
connection = $DB/placement
$(authtoken placement)
EOF
placement-manage db sync
uwsgi_ini placement 8778 /usr/bin/placement-api 1
start placement uwsgi --ini "$STATE/uwsgi/placement.ini"
done_step

# =============================================================================
step "nova"
mkdir -p /var/lib/nova/instances /var/lib/nova/tmp
cat > /etc/nova/nova.conf <<EOF
[DEFAULT]
host = $HOSTNAME_OS
my_ip = $H
transport_url = $RABBIT_URL
compute_driver = fake.FakeDriver
# One compute host: resizing (and resize-confirm in the contract suite) must be allowed in place.
allow_resize_to_same_host = true
enabled_apis = osapi_compute
osapi_compute_listen = $H
metadata_listen = $H
state_path = /var/lib/nova
instances_path = /var/lib/nova/instances
# FakeDriver reports 1000 vCPU / 800 GB RAM / 600 TB disk; no overcommit games needed
[api]
auth_strategy = keystone
[api_database]
connection = $DB/nova_api
[database]
connection = $DB/nova
[conductor]
workers = 1
[scheduler]
workers = 1
discover_hosts_in_cells_interval = 30
[filter_scheduler]
enabled_filters = ComputeFilter,ComputeCapabilitiesFilter,ImagePropertiesFilter,ServerGroupAntiAffinityFilter,ServerGroupAffinityFilter
$(authtoken nova)
service_token_roles_required = true
# Cinder (Debian's CVE-2023-2088 / OSSA-2023-003 fix) refuses attachment deletes
# that do not carry a service token: nova must send one
$(svcauth service_user nova)
send_service_user_token = true
$(svcauth placement nova)
$(svcauth neutron nova)
[cinder]
os_region_name = RegionOne
catalog_info = volumev3:cinderv3:publicURL
[glance]
region_name = RegionOne
[oslo_concurrency]
lock_path = /var/lib/nova/tmp
[vnc]
enabled = false
[spice]
enabled = false
[wsgi]
api_paste_config = /etc/nova/api-paste.ini
[oslo_policy]
enforce_scope = false
enforce_new_defaults = false
EOF
nova-manage api_db sync
nova-manage cell_v2 map_cell0 --database_connection "$DB/nova_cell0" >/dev/null
# Read the list before matching: under pipefail, `list_cells | grep -q` fails when grep exits
# early and nova-manage dies of SIGPIPE (seen in CI), and create_cell then exits 2 on the existing cell.
cells=$(nova-manage cell_v2 list_cells 2>/dev/null || true)
grep -q ' cell1 ' <<<"$cells" || nova-manage cell_v2 create_cell --name cell1
nova-manage db sync
uwsgi_ini nova-api 8774 /usr/bin/nova-api-wsgi 2
start nova-api uwsgi --ini "$STATE/uwsgi/nova-api.ini"
start nova-conductor nova-conductor --config-file /etc/nova/nova.conf
start nova-scheduler nova-scheduler --config-file /etc/nova/nova.conf
# Debian's nova-compute package drags in libvirt/qemu (nova-compute-kvm);
# python3-nova already contains nova.cmd.compute + nova.virt.fake, so run it directly.
start nova-compute /usr/bin/python3 -c 'import sys; sys.argv[0]="nova-compute"; from nova.cmd.compute import main; sys.exit(main())' --config-file /etc/nova/nova.conf
done_step

# =============================================================================
step "neutron"
mkdir -p /var/lib/neutron/lock
cat > /etc/neutron/neutron.conf <<EOF
[DEFAULT]
host = $HOSTNAME_OS
bind_host = $H
bind_port = 9696
core_plugin = ml2
service_plugins = router
auth_strategy = keystone
transport_url = $RABBIT_URL
allow_overlapping_ips = true
# no DHCP agent exists: do not wait for / notify it
dhcp_agent_notification = false
notify_nova_on_port_status_changes = true
notify_nova_on_port_data_changes = true
# Two API workers, as Neutron's own default gives a 2-core machine (one per core): Neutron is the
# dev cloud's busiest service (a port create costs about 0.4 s of its CPU, and Nova binds each port
# through it), and one worker left the other core idle while a lab deployed (tests/bench/lab:
# deploy 11-13 s with one worker, 8-12 s with two; about 150 MB more memory).
api_workers = 2
rpc_workers = 1
rpc_state_report_workers = 1
state_path = /var/lib/neutron
[agent]
report_interval = 30
[database]
connection = $DB/neutron
$(authtoken neutron)
$(svcauth nova neutron)
[oslo_concurrency]
lock_path = /var/lib/neutron/lock
[oslo_policy]
enforce_scope = false
enforce_new_defaults = false
EOF
cat > /etc/neutron/plugins/ml2/ml2_conf.ini <<EOF
[ml2]
type_drivers = flat,vlan,vxlan
tenant_network_types = vxlan
mechanism_drivers = openvswitch
extension_drivers = port_security
[ml2_type_flat]
flat_networks = public,extnet
[ml2_type_vlan]
network_vlan_ranges = physnet1:100:199
[ml2_type_vxlan]
vni_ranges = 1:1000
EOF
NCONF="--config-file /etc/neutron/neutron.conf --config-file /etc/neutron/plugins/ml2/ml2_conf.ini"
neutron-db-manage $NCONF upgrade heads >"$LOG/neutron-db-manage.log" 2>&1
start neutron-server neutron-server $NCONF
stop_changed fake-ovs-agent "$HERE/fake_ovs_agent.py" "$STATE/python/fake_ovs_agent.py"
start fake-ovs-agent /usr/bin/python3 "$STATE/python/fake_ovs_agent.py" $NCONF
done_step

# =============================================================================
step "cinder"
mkdir -p /var/lib/cinder/tmp
cat > /etc/cinder/cinder.conf <<EOF
[DEFAULT]
host = $HOSTNAME_OS
my_ip = $H
transport_url = $RABBIT_URL
auth_strategy = keystone
osapi_volume_listen = $H
osapi_volume_listen_port = 8776
osapi_volume_workers = 1
state_path = /var/lib/cinder
enabled_backends = fake
glance_api_servers = http://$H:9292
[fake]
# zenith_cinder_driver.py: python3-cinder's fake driver (logs instead of touching disks),
# plus extend and image copy, which the fake leaves to LVM and so fail
volume_driver = zenith_cinder_driver.ZenithDevCloudVolumeDriver
volume_backend_name = fake
target_helper = fake
[database]
connection = $DB/cinder
$(authtoken cinder)
service_token_roles_required = true
$(svcauth nova cinder)
[oslo_concurrency]
lock_path = /var/lib/cinder/tmp
[oslo_policy]
enforce_scope = false
enforce_new_defaults = false
EOF
cinder-manage --config-file /etc/cinder/cinder.conf db sync >"$LOG/cinder-db-sync.log" 2>&1
start cinder-api cinder-api --config-file /etc/cinder/cinder.conf
start cinder-scheduler cinder-scheduler --config-file /etc/cinder/cinder.conf
stop_changed cinder-volume "$HERE/zenith_cinder_driver.py" "$STATE/python/zenith_cinder_driver.py"
start cinder-volume env PYTHONPATH="$STATE/python" cinder-volume --config-file /etc/cinder/cinder.conf
done_step

# =============================================================================
step "bind9+designate"
BIND=$STATE/bind
mkdir -p "$BIND"
[ -s "$BIND/rndc.key" ] || rndc-confgen -a -A hmac-sha256 -k rndc-key -c "$BIND/rndc.key" >/dev/null 2>&1
cat > "$BIND/named.conf" <<EOF
include "$BIND/rndc.key";
options {
  directory "$BIND";
  pid-file "$BIND/named.pid";
  listen-on port 53 { 127.0.0.1; };
  listen-on-v6 { none; };
  allow-new-zones yes;
  allow-query { 127.0.0.1; };
  allow-notify { 127.0.0.1; };
  allow-transfer { none; };
  recursion no;
  notify no;
  dnssec-validation no;
  querylog no;
};
controls { inet 127.0.0.1 port 953 allow { 127.0.0.1; } keys { "rndc-key"; }; };
EOF
chown -R bind:bind "$BIND"; chmod 640 "$BIND/rndc.key"
start named /usr/sbin/named -g -u bind -c "$BIND/named.conf"
cp "$BIND/rndc.key" /etc/designate/rndc.key
cat > /etc/designate/designate.conf <<EOF
[DEFAULT]
host = $HOSTNAME_OS
transport_url = $RABBIT_URL
root_helper = sudo designate-rootwrap /etc/designate/rootwrap.conf
[service:api]
listen = $H:9001
auth_strategy = keystone
api_base_uri = http://$H:9001/
enable_api_v2 = true
enable_api_admin = true
enabled_extensions_admin = quotas, reports
workers = 1
[service:central]
workers = 1
[service:worker]
workers = 1
poll_delay = 1
poll_retry_interval = 2
[service:producer]
workers = 1
[service:mdns]
listen = $H:5354
workers = 1
[storage:sqlalchemy]
connection = $DB/designate
$(authtoken designate)
[oslo_concurrency]
lock_path = /var/lib/designate
[oslo_policy]
enforce_scope = false
enforce_new_defaults = false
EOF
cat > /etc/designate/pools.yaml <<EOF
- name: default
  description: loopback bind9
  attributes: {}
  ns_records:
    - hostname: ns1.devcloud.test.
      priority: 1
  nameservers:
    - host: $H
      port: 53
  targets:
    - type: bind9
      description: bind9 on 127.0.0.1
      masters:
        - host: $H
          port: 5354
      options:
        host: $H
        port: 53
        rndc_host: $H
        rndc_port: 953
        rndc_key_file: /etc/designate/rndc.key
EOF
mkdir -p /var/lib/designate
designate-manage --config-file /etc/designate/designate.conf database sync >"$LOG/designate-db-sync.log" 2>&1
start designate-central designate-central --config-file /etc/designate/designate.conf
start designate-api designate-api --config-file /etc/designate/designate.conf
start designate-worker designate-worker --config-file /etc/designate/designate.conf
start designate-producer designate-producer --config-file /etc/designate/designate.conf
start designate-mdns designate-mdns --config-file /etc/designate/designate.conf
done_step

# =============================================================================
if [ "$WITH_HEAT" = 1 ]; then
step "heat"
cat > /etc/heat/heat.conf <<EOF
[DEFAULT]
host = $HOSTNAME_OS
transport_url = $RABBIT_URL
heat_metadata_server_url = http://$H:8000
heat_waitcondition_server_url = http://$H:8000/v1/waitcondition
stack_domain_admin = heat_domain_admin
stack_domain_admin_password = $HEAT_DOMAIN_PASS
stack_user_domain_name = heat
num_engine_workers = 1
region_name_for_services = RegionOne
[heat_api]
bind_host = $H
bind_port = 8004
workers = 1
[database]
connection = $DB/heat
$(authtoken heat)
$(svcauth trustee heat | grep -v region_name | grep -v project)
[clients_keystone]
auth_uri = $KS
[oslo_policy]
enforce_scope = false
enforce_new_defaults = false
EOF
heat-manage --config-file /etc/heat/heat.conf db_sync >"$LOG/heat-db-sync.log" 2>&1
start heat-api heat-api --config-file /etc/heat/heat.conf
start heat-engine heat-engine --config-file /etc/heat/heat.conf
done_step
fi

# =============================================================================
step "wait for APIs"
for u in http://$H:9292 http://$H:8778 http://$H:8774 http://$H:9696 http://$H:8776 http://$H:9001; do
  wait_http "$u" 180
done
if [ "$WITH_HEAT" = 1 ]; then wait_http http://$H:8004 180; fi
designate-manage --config-file /etc/designate/designate.conf pool update --file /etc/designate/pools.yaml >"$LOG/designate-pool-update.log" 2>&1
# compute service must have registered before the host can be mapped to cell1
for i in $(seq 1 120); do
  openstack compute service list --service nova-compute -f value -c State 2>/dev/null | grep -q up && break
  sleep 1
done
nova-manage cell_v2 discover_hosts >/dev/null
# readiness of the RPC-side services, not just the HTTP listeners
ready() {  # ready NAME COMMAND...  (polls up to 120 s)
  local i; for i in $(seq 1 120); do "${@:2}" >/dev/null 2>&1 && { echo "  ready: $1"; return 0; }; sleep 1; done
  echo "  NOT READY: $1"; return 1
}
ready "neutron OVS agent alive (fake)" sh -c 'openstack network agent list --agent-type open-vswitch --host '$HOSTNAME_OS' -f value -c Alive | grep -q True'
ready "cinder-volume up" sh -c 'openstack volume service list --service cinder-volume -f value -c State | grep -q up'
ready "designate pool has a target" sh -c 'designate-manage --config-file /etc/designate/designate.conf pool show_config 2>/dev/null | grep -q bind9'
if [ "$WITH_HEAT" = 1 ]; then
  ready "heat-engine up" sh -c 'openstack orchestration service list -f value -c Status | grep -q up'
fi
done_step

# =============================================================================
step "seed resources"
/usr/bin/python3 "$HERE/seed_resources.py"
done_step

# ---- summary -----------------------------------------------------------------
: > "$RUN/pids.txt"
for f in "$RUN"/*.pid; do n=$(basename "$f" .pid); echo "$n $(cat "$f")" >> "$RUN/pids.txt"; done
T1=$(date +%s.%N)
printf '%-28s %6.1f s\n' "TOTAL up.sh" "$(echo "$T1 - $T0" | bc)" | tee -a "$TIMINGS"
echo "logs: $LOG   pids: $RUN/pids.txt   clouds: $STATE/clouds.yaml (devcloud-admin, devcloud-demo, devcloud-demo-appcred)"
