# shellcheck shell=bash
# pids.sh - sourced by up.sh and down.sh: which recorded PIDs still name the daemons we started.
#
# A PID file alone is not enough: a machine restored from an image keeps $RUN but none of its
# processes, and by the time up.sh runs again the recorded PIDs can belong to anything (CI once saw
# "neutron-server already running" for a PID that was another program, and Neutron never started).
# So each PID is recorded with its start time (field 22 of /proc/PID/stat, kept across exec), and a
# daemon counts as ours only while both match.
# Needs: RUN (the folder of NAME.pid and NAME.start).

# start_time PID: the process's start time in clock ticks since boot, empty when it is gone.
# The command name (field 2) may hold spaces and parentheses: the fields after its last ')' are read.
start_time() {
  local stat
  stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 0
  stat=${stat##*) }
  set -- $stat
  echo "${20:-}"
}

# record_start NAME: stores the start time of NAME's recorded PID next to it.
record_start() {
  if [ -s "$RUN/$1.pid" ]; then start_time "$(cat "$RUN/$1.pid")" > "$RUN/$1.start"; fi
}

# alive NAME: true while NAME's recorded PID is the very process that was started.
alive() {
  [ -s "$RUN/$1.pid" ] && [ -s "$RUN/$1.start" ] || return 1
  local now; now=$(start_time "$(cat "$RUN/$1.pid")")
  [ -n "$now" ] && [ "$now" = "$(cat "$RUN/$1.start")" ]
}

# forget NAME: drops NAME's records.
forget() { rm -f "$RUN/$1.pid" "$RUN/$1.start"; }
