#!/bin/bash
# down.sh - stop every process that tests/devcloud/up.sh started, by the PIDs it recorded.
# Each service runs in its own session/process group (PGID == recorded PID), so
# uwsgi / oslo.service workers go with it.  Databases, configs, logs are kept.
set -u
export PATH=/usr/sbin:/usr/bin:/sbin:/bin
STATE=${DEVCLOUD_STATE:-/var/lib/zenith-devcloud}
RUN=$STATE/run
INFRA="memcached rabbitmq epmd mariadb"        # stopped last, gracefully, in this order
# a recorded PID whose process is not the one started is left alone: it may be anyone's by now
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/pids.sh"
# wait_gone SECONDS PID... : wait until none of the groups has a live member
wait_gone() {
  local t=$1 i p left; shift
  for i in $(seq 1 $((t*4))); do
    left=0; for p in "$@"; do kill -0 -- "-$p" 2>/dev/null && left=1; done
    [ $left = 0 ] && return 0; sleep 0.25
  done; return 1
}
# 1) OpenStack services + named + fake agent: TERM all groups at once, KILL after 10 s
svc_pids=()
for f in "$RUN"/*.pid; do
  [ -e "$f" ] || continue
  n=$(basename "$f" .pid); case " $INFRA " in *" $n "*) continue;; esac
  p=$(cat "$f"); if alive "$n"; then kill -TERM -- "-$p" 2>/dev/null; svc_pids+=("$p"); echo "  TERM $n ($p)"; fi
  forget "$n"
done
if [ ${#svc_pids[@]} -gt 0 ] && ! wait_gone 10 "${svc_pids[@]}"; then
  for p in "${svc_pids[@]}"; do kill -KILL -- "-$p" 2>/dev/null && echo "  KILL group $p"; done
  wait_gone 5 "${svc_pids[@]}"
fi
# 2) infrastructure, gracefully
for n in $INFRA; do
  if alive "$n"; then
    p=$(cat "$RUN/$n.pid")
    [ "$n" = rabbitmq ] && rabbitmqctl shutdown >/dev/null 2>&1
    kill -TERM -- "-$p" 2>/dev/null
    wait_gone 60 "$p" || { kill -KILL -- "-$p" 2>/dev/null; echo "  KILL $n ($p)"; }
    echo "  stopped $n ($p)"
  fi
  forget "$n"
done
rm -f "$RUN/pids.txt"
exit 0
