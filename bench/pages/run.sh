#!/usr/bin/env bash
# Portal page benchmark: bench/pages/run.sh
# Builds the jar, starts it with the embedded demo county on a fresh data folder, and measures with wrk (64
# connections) each portal page kind against nginx serving the very same bytes as a static file, in one run; then
# the start-up (first 200 on the existing data folder: plain java -jar and bin/doorstep) and the portal under
# -Xmx256m. Prints one table; also written to target/bench/pages/results.md.
# Environment: BENCH_SECONDS (per measurement, default 20), BENCH_WARMUP_SECONDS (default 10),
# BENCH_CONNECTIONS (default 64), BENCH_QUERY (search words, default 政务公开), BENCH_PORT (default 18280).
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${BENCH_SECONDS:-20}
warmup=${BENCH_WARMUP_SECONDS:-10}
connections=${BENCH_CONNECTIONS:-64}
query=${BENCH_QUERY:-政务公开}
port=${BENCH_PORT:-18280}
static_port=$((port + 1))
out=target/bench/pages
mkdir -p "$out"

need=()
command -v wrk >/dev/null || need+=(wrk)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || need+=(nginx)
command -v curl >/dev/null || need+=(curl)
command -v bc >/dev/null || need+=(bc)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing ${need[*]} (Debian packages)"
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)

echo "building the jar"
./mvnw -B -q -DskipTests package
jar=$(ls target/doorstep-*.jar | grep -v original | head -n 1)

data=$(mktemp -d)
web=$(mktemp -d)
pid=
nginx_pid=
stop() {
  [ -n "$pid" ] || return 0
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$pid" 2>/dev/null || true
  pid=
}
cleanup() {
  stop
  [ -z "$nginx_pid" ] || kill "$nginx_pid" 2>/dev/null || true
  rm -rf "$data" "$web"
}
trap cleanup EXIT

# Starts "$@" on $data, sets $pid and $elapsed (seconds to the first 200 from the portal).
start() {
  local t0 code
  t0=$(date +%s.%N)
  DOORSTEP_EMBEDDED=true DOORSTEP_DATA_DIR="$data" "$@" --server.port="$port" >>"$data/platform.log" 2>&1 &
  pid=$!
  while :; do
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/" || true)
    [ "$code" = 200 ] && break
    kill -0 "$pid" 2>/dev/null || { echo "the platform exited:" >&2; tail -40 "$data/platform.log" >&2; exit 1; }
    sleep 0.05
  done
  elapsed=$(echo "$(date +%s.%N) - $t0" | bc)
}

echo "first start: empty data folder, demo county loaded"
start java -jar "$jar"
printf 'first start (database created, demo loaded): %.1f s\n' "$elapsed"
base="http://127.0.0.1:$port"

# The pages measured: found by following the portal's own links.
enc=$(printf '%s' "$query" | od -An -tx1 | tr -d ' \n' | sed 's/../%&/g')
document=$(curl -sf "$base/disclosure" | grep -o 'href="/disclosure/documents/[0-9]*"' | head -n 1 | cut -d'"' -f2)
node=$(curl -sf "$base$document" | grep -o 'href="/disclosure/nodes/[0-9]*"' | head -n 1 | cut -d'"' -f2)
guide=$(curl -sf "$base/services" | grep -o 'href="/services/items/[^"]*"' | head -n 1 | cut -d'"' -f2)
[ -n "$document" ] && [ -n "$node" ] && [ -n "$guide" ] || { echo "could not find the demo pages" >&2; exit 1; }
kinds=(document guide node services home search api)
declare -A path=(
  [document]="$document" [guide]="$guide" [node]="$node" [services]="/services" [home]="/"
  [search]="/search?q=$enc" [api]="/api/v1/search?q=$enc")
declare -A label=(
  [document]="published document $document" [guide]="guide $guide" [node]="catalogue node $node"
  [services]="service list /services" [home]="home page /" [search]="search page /search?q=$query"
  [api]="JSON search API /api/v1/search?q=$query")

# nginx serves each page's bytes as a static file.
chmod 755 "$web"
for k in "${kinds[@]}"; do
  curl -sf "$base${path[$k]}" -o "$web/$k.html"
done
chmod 644 "$web"/*.html
cat >"$web/nginx.conf" <<EOF
worker_processes auto;
pid $web/nginx.pid;
error_log $web/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  default_type text/html;
  client_body_temp_path $web/tmp; proxy_temp_path $web/tmp; fastcgi_temp_path $web/tmp;
  uwsgi_temp_path $web/tmp; scgi_temp_path $web/tmp;
  server { listen 127.0.0.1:$static_port; root $web; }
}
EOF
mkdir -p "$web/tmp"
"$nginx_bin" -c "$web/nginx.conf" -p "$web" -g 'daemon off;' &
nginx_pid=$!
sleep 0.5

# Runs wrk; prints "req/s p99-ms".
measure() {
  local url=$1 secs=$2 result rps p99 unit
  result=$(wrk -t2 -c"$connections" -d"${secs}s" --latency "$url")
  rps=$(echo "$result" | awk '/Requests\/sec/ {print $2}')
  p99=$(echo "$result" | awk '$1 == "99%" {print $2}')
  unit=$(echo "$p99" | sed 's/[0-9.]*//')
  p99=$(echo "$p99" | sed 's/[a-z]*$//')
  case $unit in us) p99=$(echo "scale=3; $p99 / 1000" | bc) ;; s) p99=$(echo "$p99 * 1000" | bc) ;; esac
  echo "$rps $p99"
}

# Every page is warmed up before any is measured: the JIT compiles the shared paths (security, templates) once.
echo "warming up: ${warmup}s per page"
for k in "${kinds[@]}"; do measure "$base${path[$k]}" "$warmup" >/dev/null; done
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
declare -A rps p99 srps sp99 bytes
for k in "${kinds[@]}"; do
  bytes[$k]=$(stat -c %s "$web/$k.html")
  read -r rps[$k] p99[$k] < <(measure "$base${path[$k]}" "$seconds")
  read -r srps[$k] sp99[$k] < <(measure "http://127.0.0.1:$static_port/$k.html" "$seconds")
  printf '  %-45s %10s req/s  p99 %8s ms   (nginx %10s req/s)\n' "${label[$k]}" "${rps[$k]}" "${p99[$k]}" "${srps[$k]}"
done
kill "$nginx_pid" 2>/dev/null || true
nginx_pid=
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# Start-up on the existing data folder, and the portal under -Xmx256m.
stop
start java -jar "$jar"
plain=$elapsed
stop
rm -rf "${jar%.jar}-extracted"
start bin/doorstep "$jar"
script_first=$elapsed
stop
start bin/doorstep "$jar"
script=$elapsed
stop
start java -Xmx256m -jar "$jar"
small=$elapsed
read -r small_rps small_p99 < <(measure "$base$document" "$seconds")
small_status=$(curl -s -o /dev/null -w '%{http_code}' "$base$document")
small_services=$(curl -s -o /dev/null -w '%{http_code}' "$base/services")
stop
if grep -q OutOfMemoryError "$data/platform.log"; then small_oom=yes; else small_oom=no; fi

{
  echo "### Portal pages against nginx ($(date -u +%Y-%m-%d), $(nproc) cores, wrk -t2 -c$connections -d${seconds}s)"
  echo
  echo "| page | bytes | Doorstep req/s | p99 ms | nginx req/s | p99 ms | ratio | target |"
  echo "|---|---:|---:|---:|---:|---:|---:|---|"
  for k in document guide node services home; do
    ratio=$(echo "scale=3; ${rps[$k]} / ${srps[$k]}" | bc)
    target=0.10; [ "$k" = document ] && target=0.30
    met=$(echo "$ratio >= $target" | bc)
    echo "| ${label[$k]} | ${bytes[$k]} | ${rps[$k]} | ${p99[$k]} | ${srps[$k]} | ${sp99[$k]} | $ratio | ≥ $target: $([ "$met" = 1 ] && echo met || echo NOT met) |"
  done
  for k in search api; do
    echo "| ${label[$k]} | ${bytes[$k]} | ${rps[$k]} | ${p99[$k]} | ${srps[$k]} | ${sp99[$k]} | $(echo "scale=3; ${rps[$k]} / ${srps[$k]}" | bc) | |"
  done
  ratio=$(echo "scale=3; ${rps[search]} / ${rps[api]}" | bc)
  echo
  echo "Load average (1, 5, 15 min) before and after the page measurements: $load_before / $load_after."
  echo
  echo "Search page ÷ JSON search API (same query): $ratio (target ≥ 0.50: $([ "$(echo "$ratio >= 0.5" | bc)" = 1 ] && echo met || echo NOT met))"
  echo
  echo "### Start-up on the existing data folder (time to the first 200 from /)"
  echo
  echo "| how | seconds |"
  echo "|---|---:|"
  printf '| plain `java -jar` | %.1f |\n' "$plain"
  printf '| `bin/doorstep`, first run (extracts the jar, writes the CDS archive) | %.1f |\n' "$script_first"
  printf '| `bin/doorstep` | %.1f |\n' "$script"
  printf '| `java -Xmx256m -jar` | %.1f |\n' "$small"
  echo
  echo "Under -Xmx256m: document page $small_rps req/s (p99 $small_p99 ms) at $connections connections;" \
    "afterwards the document page answered $small_status and /services $small_services; OutOfMemoryError in the log: $small_oom."
  echo "Restart target (plain java -jar ≤ 8 s): $([ "$(echo "$plain <= 8" | bc)" = 1 ] && echo met || echo NOT met)."
} | tee "$out/results.md"
