#!/bin/bash
# pids_test.sh - checks pids.sh (ctest "devcloud_pids"; needs no root and no dev cloud): a recorded
# PID counts as our daemon only while its start time matches, whatever process holds it now.
set -u
RUN=$(mktemp -d)
trap 'kill "${others[@]}" 2>/dev/null; rm -rf "$RUN"' EXIT
# shellcheck source=pids.sh
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/pids.sh"
failures=0
check() {  # check DESCRIPTION EXPECTED(0|1) COMMAND...
  local what=$1 want=$2; shift 2
  "$@"; local got=$?
  [ "$got" -ne 0 ] && got=1
  if [ "$got" = "$want" ]; then echo "ok: $what"; else echo "FAIL: $what (exit $got, wanted $want)"; failures=$((failures + 1)); fi
}
others=()
sleep 60 & others+=($!)
stranger=${others[0]}

echo "$stranger" > "$RUN/svc.pid"
check "a live PID without its start time is not ours (a machine restored without its processes)" 1 alive svc
echo 1 > "$RUN/svc.start"
check "a live PID with another start time is not ours (the PID was reused)" 1 alive svc
record_start svc
check "the recorded process is ours" 0 alive svc
kill "$stranger"; wait "$stranger" 2>/dev/null
check "a recorded process that ended is not running" 1 alive svc

bash -c 'exec -a "(odd) name (x)" sleep 60' & others+=($!)
sleep 0.2
echo "${others[1]}" > "$RUN/odd.pid"
record_start odd
check "a command name with spaces and parentheses is read past its last ')'" 0 alive odd

check "record_start of a name never started does not fail" 0 record_start never
check "a name never started is not running" 1 alive never
forget odd
check "forget drops both records" 1 test -e "$RUN/odd.pid" -o -e "$RUN/odd.start"

[ "$failures" -eq 0 ] && echo "pids.sh: all checks passed" || echo "pids.sh: $failures check(s) failed"
exit "$failures"
