#!/usr/bin/env bash
# Start-up benchmark: bench/startup/run.sh [rounds]
# Builds the jar, starts it once on a fresh data folder (embedded database created, demo county loaded), then times
# `rounds` restarts (default 5) on that folder to the first 200 from GET /, for each way of starting it:
#   plain     java -jar target/doorstep-*.jar
#   script    bin/doorstep (extracted jar and class-data-sharing archive; its first run, which writes the archive,
#             is not counted)
#   xmx256m   java -Xmx256m -jar target/doorstep-*.jar
# The ways take turns in each round, so a machine shared with other work slows them alike. Prints p50, min and max
# of the seconds to the first 200 and of the CPU seconds the JVM used by then, with the load average before and
# after; also written to target/bench/startup/results.md.
# Environment: BENCH_PORT (default 18577), BENCH_JAR (time this jar instead of building one, e.g. an older build
# to compare with), BENCH_DATA (reuse this data folder instead of a fresh one).
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-5}
port=${BENCH_PORT:-18577}
out=target/bench/startup
mkdir -p "$out"
command -v curl >/dev/null && command -v bc >/dev/null || {
  echo "installing curl and bc (Debian packages)"
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq curl bc >/dev/null
}

if [ -n "${BENCH_JAR:-}" ]; then
  jar=$BENCH_JAR
else
  echo "building the jar"
  ./mvnw -B -q -DskipTests package
  jar=$(ls target/doorstep-*.jar | grep -v original | head -n 1)
fi
data=${BENCH_DATA:-$(mktemp -d)}
log=$out/platform.log
: >"$log"
pid=
stop() {
  [ -n "$pid" ] || return 0
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$pid" 2>/dev/null || true
  pid=
}
cleanup() {
  stop
  [ -n "${BENCH_DATA:-}" ] || rm -rf "$data"
}
trap cleanup EXIT
if curl -s -o /dev/null "http://127.0.0.1:$port/"; then echo "something already answers on port $port" >&2; exit 1; fi

# Starts "$@" on $data; sets $pid, $elapsed (seconds to the first 200 from /) and $cpu (CPU seconds of the JVM then).
start() {
  local t0 code
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then echo "something else answers on port $port" >&2; exit 1; fi
  t0=$(date +%s.%N)
  DOORSTEP_EMBEDDED=true DOORSTEP_DATA_DIR="$data" "$@" --server.port="$port" >>"$log" 2>&1 &
  pid=$!
  while :; do
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/" || true)
    [ "$code" = 200 ] && break
    kill -0 "$pid" 2>/dev/null || { echo "the platform exited:" >&2; tail -40 "$log" >&2; exit 1; }
    sleep 0.05
  done
  elapsed=$(echo "$(date +%s.%N) - $t0" | bc)
  kill -0 "$pid" 2>/dev/null || { echo "the platform exited (another server on port $port?):" >&2; tail -20 "$log" >&2; exit 1; }
  # bin/doorstep execs java, so $pid is the JVM either way; utime + stime in clock ticks
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / hz}' "/proc/$pid/stat")
}

if [ ! -d "$data/postgres" ]; then
  echo "first start on an empty data folder (database created, demo county loaded)"
  start java -jar "$jar"
  printf 'first start: %.1f s\n' "$elapsed"
  stop
fi
rm -rf "${jar%.jar}-extracted"
start bin/doorstep "$jar"
printf 'bin/doorstep first run (extracts the jar, writes the class-data-sharing archive): %.1f s\n' "$elapsed"
stop

ways=(plain script xmx256m)
declare -A cmd=([plain]="java -jar $jar" [script]="bin/doorstep $jar" [xmx256m]="java -Xmx256m -jar $jar")
declare -A label=([plain]='plain `java -jar`' [script]='`bin/doorstep`' [xmx256m]='`java -Xmx256m -jar`')
declare -A times cpus
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for r in $(seq 1 "$rounds"); do
  for w in "${ways[@]}"; do
    # shellcheck disable=SC2086
    start ${cmd[$w]}
    stop
    times[$w]+="$elapsed "
    cpus[$w]+="$cpu "
    printf 'round %d, %-8s %6.1f s  (CPU %5.1f s, load %s)\n' "$r" "$w" "$elapsed" "$cpu" "$(cut -d' ' -f1 /proc/loadavg)"
  done
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# p50 (the lower middle value for an even count), min and max of a list of numbers
stats() { tr ' ' '\n' | grep . | sort -g | awk '{a[NR]=$1} END {printf "%.1f | %.1f | %.1f", a[int((NR+1)/2)], a[1], a[NR]}'; }
{
  echo "### Restart to the first 200 ($(date -u +%Y-%m-%d\ %H:%M) UTC, $(nproc) cores, $rounds restarts each)"
  echo
  echo "| how | p50 s | min s | max s | JVM CPU p50 s | min | max |"
  echo "|---|---:|---:|---:|---:|---:|---:|"
  for w in "${ways[@]}"; do
    echo "| ${label[$w]} | $(echo "${times[$w]}" | stats) | $(echo "${cpus[$w]}" | stats) |"
  done
  echo
  echo "Load average (1, 5, 15 min) before and after: $load_before / $load_after."
  p50=$(echo "${times[plain]}" | stats | cut -d' ' -f1)
  echo "Target (plain \`java -jar\` ≤ 8 s): $([ "$(echo "$p50 <= 8" | bc)" = 1 ] && echo met || echo NOT met)."
} | tee "$out/results.md"
