#!/bin/bash
# Captures the Neutron bodies of tests/data/network/ from the dev cloud (see tests/data/README.md).
# Builds the lab's topology piece by piece with curl as user demo (one GET as admin), saves each
# reply body pretty-printed with jq (content unchanged), and deletes everything it made, even on failure.
#   OS_CLIENT_CONFIG_FILE=/var/lib/zenith-devcloud/clouds.yaml tests/data/network/capture.sh
set -euo pipefail
export PATH=/usr/sbin:/usr/bin:/sbin:/bin
: "${OS_CLIENT_CONFIG_FILE:=/var/lib/zenith-devcloud/clouds.yaml}"
export OS_CLIENT_CONFIG_FILE
OUT=$(cd "$(dirname "$0")" && pwd)
N=http://127.0.0.1:9696/v2.0
T=$(openstack --os-cloud devcloud-demo token issue -f value -c id)
TA=$(openstack --os-cloud devcloud-admin token issue -f value -c id)
P=zenith-capture-$$
TMP=$(mktemp)
UNDO=()
cleanup() {
    local i method url body
    for ((i = ${#UNDO[@]} - 1; i >= 0; i--)); do
        IFS='|' read -r method url body <<<"${UNDO[i]}"
        curl -s -o /dev/null -X "$method" -H "X-Auth-Token: $T" -H 'Content-Type: application/json' \
            ${body:+-d "$body"} "$url" || true
    done
    rm -f "$TMP"
}
trap cleanup EXIT

# req NAME METHOD PATH [BODY]: prints the HTTP status; saves the reply as NAME.json unless NAME is "-".
req() {
    local name=$1 method=$2 path=$3 body=${4:-} token=${TOKEN:-$T} code
    code=$(curl -s -o "$TMP" -w '%{http_code}' -X "$method" -H "X-Auth-Token: $token" \
        -H 'Content-Type: application/json' ${body:+-d "$body"} "$N/$path")
    if [[ $name != - && -s $TMP ]]; then jq . "$TMP" >"$OUT/$name.json"; fi
    echo "$code $method $path -> $name" >&2
    echo "$code"
}
id() { jq -r ".$1.id" "$TMP"; }
# undo_delete PATH: deletes it at exit, in reverse order of creation.
undo_delete() { UNDO+=("DELETE|$N/$1|"); }

req networks-list GET networks >/dev/null
req networks-list-page GET 'networks?limit=1' >/dev/null
req networks-list-external GET 'networks?router:external=true' >/dev/null

req network-create POST networks "{\"network\": {\"name\": \"$P-lab\", \"description\": \"lab network\"}}" >/dev/null
NET=$(id network); undo_delete "networks/$NET"
req network-show GET "networks/$NET" >/dev/null
req network-update PUT "networks/$NET" "{\"network\": {\"name\": \"$P-lab2\", \"mtu\": 1400}}" >/dev/null

SUBNET_BODY="{\"subnet\": {\"name\": \"$P-lab\", \"network_id\": \"$NET\", \"ip_version\": 4, \"cidr\": \"10.12.0.0/16\",
  \"gateway_ip\": \"10.12.0.1\", \"allocation_pools\": [{\"start\": \"10.12.0.10\", \"end\": \"10.12.255.250\"}],
  \"dns_nameservers\": [\"1.1.1.1\", \"9.9.9.9\"], \"host_routes\": [{\"destination\": \"192.168.50.0/24\", \"nexthop\": \"10.12.0.254\"}],
  \"enable_dhcp\": false}}"
req subnet-create POST subnets "$SUBNET_BODY" >/dev/null
SUB=$(id subnet); undo_delete "subnets/$SUB"
req subnet-show GET "subnets/$SUB" >/dev/null
req subnet-update PUT "subnets/$SUB" '{"subnet": {"dns_nameservers": ["9.9.9.9"], "description": "lab subnet"}}' >/dev/null
req error-subnet-overlap POST subnets "{\"subnet\": {\"network_id\": \"$NET\", \"ip_version\": 4, \"cidr\": \"10.12.5.0/24\"}}" >/dev/null
req error-subnet-bad-cidr POST subnets "{\"subnet\": {\"network_id\": \"$NET\", \"ip_version\": 4, \"cidr\": \"10.12.0.0/33\"}}" >/dev/null
req error-subnet-gateway-in-pool POST subnets "{\"subnet\": {\"network_id\": \"$NET\", \"ip_version\": 4, \"cidr\": \"10.14.0.0/24\",
  \"gateway_ip\": \"10.14.0.20\", \"allocation_pools\": [{\"start\": \"10.14.0.10\", \"end\": \"10.14.0.100\"}]}}" >/dev/null
req subnet-create-no-gateway POST subnets "{\"subnet\": {\"name\": \"$P-nogw\", \"network_id\": \"$NET\", \"ip_version\": 4,
  \"cidr\": \"10.13.0.0/24\", \"gateway_ip\": null}}" >/dev/null
NOGW=$(id subnet); undo_delete "subnets/$NOGW"
req subnet-create-ipv6 POST subnets "{\"subnet\": {\"name\": \"$P-v6\", \"network_id\": \"$NET\", \"ip_version\": 6,
  \"cidr\": \"fd00:12::/64\", \"ipv6_ra_mode\": \"slaac\", \"ipv6_address_mode\": \"slaac\"}}" >/dev/null
V6=$(id subnet); undo_delete "subnets/$V6"
req subnets-list GET "subnets?network_id=$NET" >/dev/null
req - DELETE "subnets/$V6" >/dev/null

# The router takes the subnet's gateway first (the plain lab without a NAT instance)...
PUB=$(curl -s -H "X-Auth-Token: $T" "$N/networks?name=public" | jq -r '.networks[0].id')
req router-create POST routers "{\"router\": {\"name\": \"$P-r\", \"external_gateway_info\": {\"network_id\": \"$PUB\"}}}" >/dev/null
ROUTER=$(id router); undo_delete "routers/$ROUTER"
UNDO+=("PUT|$N/routers/$ROUTER/remove_router_interface|{\"subnet_id\": \"$SUB\"}")
req router-show GET "routers/$ROUTER" >/dev/null
req router-add-interface PUT "routers/$ROUTER/add_router_interface" "{\"subnet_id\": \"$SUB\"}" >/dev/null
req error-router-interface-twice PUT "routers/$ROUTER/add_router_interface" "{\"subnet_id\": \"$SUB\"}" >/dev/null
req error-subnet-in-use DELETE "subnets/$SUB" >/dev/null
req error-router-in-use DELETE "routers/$ROUTER" >/dev/null
req routers-list GET routers >/dev/null

# ...a floating IP goes to a port on that subnet...
req port-create POST ports "{\"port\": {\"name\": \"$P-web\", \"network_id\": \"$NET\", \"fixed_ips\": [{\"subnet_id\": \"$SUB\"}]}}" >/dev/null
WEB=$(id port); undo_delete "ports/$WEB"
req floatingip-create POST floatingips "{\"floatingip\": {\"floating_network_id\": \"$PUB\", \"description\": \"lab\"}}" >/dev/null
FIP=$(id floatingip); undo_delete "floatingips/$FIP"
req floatingip-update-associate PUT "floatingips/$FIP" "{\"floatingip\": {\"port_id\": \"$WEB\"}}" >/dev/null
req error-floatingip-port-already-associated POST floatingips "{\"floatingip\": {\"floating_network_id\": \"$PUB\", \"port_id\": \"$WEB\"}}" >/dev/null
if [[ -n $(jq -r '.floatingip.id // empty' "$TMP") ]]; then undo_delete "floatingips/$(id floatingip)"; fi
req error-router-interface-in-use-by-floatingip PUT "routers/$ROUTER/remove_router_interface" "{\"subnet_id\": \"$SUB\"}" >/dev/null
req - POST ports "{\"port\": {\"network_id\": \"$NET\", \"fixed_ips\": [{\"subnet_id\": \"$NOGW\"}]}}" >/dev/null
ISOLATED=$(id port); undo_delete "ports/$ISOLATED"
req error-floatingip-unreachable POST floatingips "{\"floatingip\": {\"floating_network_id\": \"$PUB\", \"port_id\": \"$ISOLATED\"}}" >/dev/null
if [[ -n $(jq -r '.floatingip.id // empty' "$TMP") ]]; then undo_delete "floatingips/$(id floatingip)"; fi
req - DELETE "ports/$ISOLATED" >/dev/null
req floatingip-show GET "floatingips/$FIP" >/dev/null
req floatingips-list GET "floatingips?floating_network_id=$PUB" >/dev/null
req floatingip-update-disassociate PUT "floatingips/$FIP" '{"floatingip": {"port_id": null}}' >/dev/null
req - DELETE "floatingips/$FIP" >/dev/null

req router-remove-interface PUT "routers/$ROUTER/remove_router_interface" "{\"subnet_id\": \"$SUB\"}" >/dev/null
req error-router-interface-not-found PUT "routers/$ROUTER/remove_router_interface" "{\"subnet_id\": \"$SUB\"}" >/dev/null
req router-update-clear-gateway PUT "routers/$ROUTER" '{"router": {"external_gateway_info": {}}}' >/dev/null
req error-router-snat-forbidden PUT "routers/$ROUTER" "{\"router\": {\"external_gateway_info\": {\"network_id\": \"$PUB\", \"enable_snat\": false}}}" >/dev/null
req router-update PUT "routers/$ROUTER" "{\"router\": {\"name\": \"$P-r2\", \"external_gateway_info\": {\"network_id\": \"$PUB\"}}}" >/dev/null

# An interface through a port of our choosing (the no-gateway subnet's first address).
req - POST ports "{\"port\": {\"network_id\": \"$NET\", \"fixed_ips\": [{\"subnet_id\": \"$NOGW\", \"ip_address\": \"10.13.0.1\"}]}}" >/dev/null
RPORT=$(id port); undo_delete "ports/$RPORT"
UNDO+=("PUT|$N/routers/$ROUTER/remove_router_interface|{\"port_id\": \"$RPORT\"}")
req router-add-interface-port PUT "routers/$ROUTER/add_router_interface" "{\"port_id\": \"$RPORT\"}" >/dev/null
req router-show-with-gateway GET "routers/$ROUTER" >/dev/null
req - PUT "routers/$ROUTER/remove_router_interface" "{\"port_id\": \"$RPORT\"}" >/dev/null

# ...and, with the gateway free again, the lab's NAT instance port takes 10.12.0.1.
req port-create-lb POST ports "{\"port\": {\"name\": \"$P-lb\", \"network_id\": \"$NET\", \"fixed_ips\": [{\"subnet_id\": \"$SUB\", \"ip_address\": \"10.12.0.20\"}]}}" >/dev/null
LB=$(id port); undo_delete "ports/$LB"
req port-update-fixed-ip PUT "ports/$LB" "{\"port\": {\"fixed_ips\": [{\"subnet_id\": \"$SUB\", \"ip_address\": \"10.12.0.1\"}]}}" >/dev/null
req error-port-ip-allocated PUT "ports/$WEB" "{\"port\": {\"fixed_ips\": [{\"subnet_id\": \"$SUB\", \"ip_address\": \"10.12.0.1\"}]}}" >/dev/null
req port-update-address-pairs PUT "ports/$LB" '{"port": {"allowed_address_pairs": [{"ip_address": "0.0.0.0/0"}]}}' >/dev/null
req error-port-security-with-pairs PUT "ports/$LB" '{"port": {"port_security_enabled": false, "allowed_address_pairs": [{"ip_address": "0.0.0.0/0"}]}}' >/dev/null
req error-port-security-with-groups PUT "ports/$LB" '{"port": {"port_security_enabled": false, "allowed_address_pairs": []}}' >/dev/null
req port-update-security-off PUT "ports/$LB" '{"port": {"port_security_enabled": false, "security_groups": [], "allowed_address_pairs": []}}' >/dev/null
req error-port-create-security-off-with-groups POST ports "{\"port\": {\"network_id\": \"$NET\", \"port_security_enabled\": false,
  \"security_groups\": [$(jq '.port.security_groups[0]' "$OUT/port-create.json")]}}" >/dev/null
req port-show GET "ports/$LB" >/dev/null
TOKEN=$TA req port-show-admin GET "ports/$LB" >/dev/null
req ports-list GET "ports?network_id=$NET" >/dev/null
req ports-list-by-ip GET "ports?fixed_ips=ip_address%3D10.12.0.1&network_id=$NET" >/dev/null
req error-network-in-use DELETE "networks/$NET" >/dev/null

req security-group-create POST security-groups "{\"security_group\": {\"name\": \"$P-web\", \"description\": \"web tier\"}}" >/dev/null
SG=$(id security_group); undo_delete "security-groups/$SG"
req security-group-create-db POST security-groups "{\"security_group\": {\"name\": \"$P-db\", \"stateful\": true}}" >/dev/null
DB=$(id security_group); undo_delete "security-groups/$DB"
req - POST ports "{\"port\": {\"network_id\": \"$NET\", \"security_groups\": [\"$SG\"]}}" >/dev/null
GUARDED=$(id port); undo_delete "ports/$GUARDED"
req error-security-group-in-use DELETE "security-groups/$SG" >/dev/null
req security-group-show GET "security-groups/$SG" >/dev/null
req security-group-update PUT "security-groups/$SG" '{"security_group": {"description": "web tier (80, 443)"}}' >/dev/null
req security-groups-list GET "security-groups?name=$P-web" >/dev/null
rule() { echo "{\"security_group_rule\": {\"security_group_id\": \"$1\", \"direction\": \"ingress\", \"ethertype\": \"IPv4\"$2}}"; }
req security-group-rule-create-ssh POST security-group-rules "$(rule "$SG" ', "protocol": "tcp", "port_range_min": 22, "port_range_max": 22, "remote_ip_prefix": "0.0.0.0/0", "description": "ssh"')" >/dev/null
req error-security-group-rule-exists POST security-group-rules "$(rule "$SG" ', "protocol": "tcp", "port_range_min": 22, "port_range_max": 22, "remote_ip_prefix": "0.0.0.0/0"')" >/dev/null
req security-group-rule-create-icmp POST security-group-rules "$(rule "$SG" ', "protocol": "icmp"')" >/dev/null
req security-group-rule-create-mysql POST security-group-rules "$(rule "$DB" ", \"protocol\": \"tcp\", \"port_range_min\": 3306, \"port_range_max\": 3306, \"remote_group_id\": \"$SG\"")" >/dev/null
req security-group-rule-create-dns-udp POST security-group-rules "$(rule "$DB" ', "protocol": "udp", "port_range_min": 53, "port_range_max": 53')" >/dev/null
req error-security-group-rule-port-range POST security-group-rules "$(rule "$SG" ', "protocol": "tcp", "port_range_min": 443, "port_range_max": 80')" >/dev/null
req security-group-rules-list GET "security-group-rules?security_group_id=$DB" >/dev/null
# Bulk creates: one group's rules in one call; rules of two groups, or one rule twice, refused.
req - POST security-groups "{\"security_group\": {\"name\": \"$P-bulk\"}}" >/dev/null
BULK=$(id security_group); undo_delete "security-groups/$BULK"
element() { rule "$1" "$2" | jq -c .security_group_rule; }
req security-group-rules-create-bulk POST security-group-rules "{\"security_group_rules\": [
  $(element "$BULK" ', "protocol": "tcp", "port_range_min": 22, "port_range_max": 22, "remote_ip_prefix": "0.0.0.0/0"'),
  $(element "$BULK" ', "protocol": "icmp", "remote_ip_prefix": "10.12.0.0/16"'),
  $(element "$BULK" ", \"protocol\": \"tcp\", \"port_range_min\": 3306, \"port_range_max\": 3306, \"remote_group_id\": \"$SG\"")]}" >/dev/null
req error-security-group-rules-not-single-group POST security-group-rules "{\"security_group_rules\": [
  $(element "$BULK" ', "protocol": "tcp", "port_range_min": 81, "port_range_max": 81'), $(element "$DB" ', "protocol": "tcp", "port_range_min": 81, "port_range_max": 81')]}" >/dev/null
req error-security-group-rules-duplicate-in-post POST security-group-rules "{\"security_group_rules\": [
  $(element "$BULK" ', "protocol": "tcp", "port_range_min": 82, "port_range_max": 82'), $(element "$BULK" ', "protocol": "tcp", "port_range_min": 82, "port_range_max": 82')]}" >/dev/null

req quota-details GET "quotas/$(jq -r .port.project_id "$OUT/port-show.json")/details.json" >/dev/null
req error-quota-other-project GET "quotas/$(jq -r '.networks[0].project_id' "$OUT/networks-list-external.json")/details.json" >/dev/null
Z=00000000-0000-0000-0000-000000000000
for r in networks subnets ports routers floatingips security-groups security-group-rules; do
    req "error-${r%s}-not-found" GET "$r/$Z" >/dev/null
done
req error-network-not-found-delete DELETE "networks/$Z" >/dev/null
