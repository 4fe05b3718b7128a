#!/usr/bin/env bash
# Intake benchmark: bench/intake/run.sh
# Online applications (a citizen submits, a department officer accepts) with 64 concurrent clients over HTTP with
# real sessions, against pgbench replaying the SQL statements one intake commits (bench/intake/intake.pgbench) with
# 64 clients, in one run, on the PostgreSQL server BENCH_PGHOST:BENCH_PGPORT (default 127.0.0.1:5432, user
# BENCH_PGUSER, default postgres) in a database of its own (doorstep_bench_intake, dropped afterwards). Before the
# load the benchmark records the statements of one real intake and stops if the script no longer replays them.
# Prints one table; also written to target/bench/intake/results.md.
# Environment: BENCH_SECONDS (timed seconds of each side, default 30), BENCH_WARMUP_SECONDS (HTTP warm-up, default
# 15), BENCH_CLIENTS (default 64), BENCH_OFFICERS (officer sessions sharing the acceptances, default 3),
# BENCH_HEAP (default 1g), BENCH_KEEP=true (keep the database afterwards).
set -euo pipefail
cd "$(dirname "$0")/../.."
host=${BENCH_PGHOST:-127.0.0.1}
port=${BENCH_PGPORT:-5432}
user=${BENCH_PGUSER:-postgres}
seconds=${BENCH_SECONDS:-30}
warmup=${BENCH_WARMUP_SECONDS:-15}
clients=${BENCH_CLIENTS:-64}
officers=${BENCH_OFFICERS:-3}
db=doorstep_bench_intake
out=target/bench/intake
script=bench/intake/intake.pgbench
chain_script=bench/intake/chain.pgbench

need=()
command -v psql >/dev/null || need+=(postgresql-client)
# Debian ships pgbench with the server package.
command -v pgbench >/dev/null && pgbench --version >/dev/null 2>&1 || need+=(postgresql)
command -v java >/dev/null || need+=(openjdk-17-jdk-headless)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing ${need[*]} (Debian packages)"
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

echo "building the jar and the benchmark"
./mvnw -B -q -DskipTests package
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"

psql_db() { psql -h "$host" -p "$port" -U "$user" -v ON_ERROR_STOP=1 -qAt "$@"; }
rm -rf "$out"; mkdir -p "$out"
psql_db -d postgres -c "drop database if exists $db" -c "create database $db"
cleanup() {
  [ "${BENCH_KEEP:-false}" = true ] || psql_db -d postgres -c "drop database if exists $db" >/dev/null 2>&1 || true
}
trap cleanup EXIT

# A fixed key: this database is generated and thrown away, never real data.
export DOORSTEP_DATA_KEY=YmVuY2gtaW50YWtlLWtleS1ub3QtYS1zZWNyZXQtMDAwMDA=
echo "HTTP: $clients clients, ${warmup}s warm-up, ${seconds}s timed"
java -Xmx"${BENCH_HEAP:-1g}" -cp "$cp" \
  -Dbench.dbUrl="jdbc:postgresql://$host:$port/$db" -Dbench.dbUser="$user" -Dbench.dbPassword="${PGPASSWORD:-}" \
  -Dbench.clients="$clients" -Dbench.officers="$officers" -Dbench.seconds="$seconds" \
  -Dbench.warmUpSeconds="$warmup" -Dbench.out="$out" -Dbench.script="$script" \
  org.doorstep.bench.IntakeBenchmark
# shellcheck disable=SC1091
. <(sed 's/^\([a-z_0-9]*\)=\(.*\)$/http_\1="\2"/' "$out/intake.properties")

# pgbench on the same database (the platform stopped), per-transaction log for the percentiles. One pgbench
# transaction is one run of the script: every statement of one intake. First with as many clients as the HTTP side
# (the comparison), then with as many as the platform's connection pool holds (what its 64 clients reach the
# database through).
# Runs pgbench with $1 clients into $out/$2*; prints "tps p50 p95 p99 average load-before load-after".
replay() {
  local n=$1 name=$2 before after tps avg p chainer
  before=$(cut -d' ' -f1 /proc/loadavg)
  # The audit chainer's work, on one more connection, as the platform does it beside its requests.
  (cd "$out" && pgbench -h "$host" -p "$port" -U "$user" -n -M prepared -c 1 -T "$seconds" \
    -f "$OLDPWD/$chain_script" "$db") >"$out/$name-chain.txt" 2>&1 &
  chainer=$!
  (cd "$out" && pgbench -h "$host" -p "$port" -U "$user" -n -M prepared -c "$n" -j 2 -T "$seconds" \
    -D citizen="$http_citizen" -D login="$http_login" -l --log-prefix="$name" -f "$OLDPWD/$script" "$db") \
    >"$out/$name.txt" 2>&1 || { cat "$out/$name.txt" >&2; echo "pgbench failed" >&2; return 1; }
  wait "$chainer" || { cat "$out/$name-chain.txt" >&2; echo "the chainer's pgbench failed" >&2; return 1; }
  after=$(cut -d' ' -f1 /proc/loadavg)
  if cat "$out/$name.txt" "$out/$name-chain.txt" | grep -E "failed|aborted" | grep -qvE ": 0( |$)"; then
    cat "$out/$name.txt" >&2; echo "pgbench had failures" >&2; return 1
  fi
  tps=$(awk '/^tps = / {printf "%.1f", $3}' "$out/$name.txt")
  avg=$(awk '/^latency average/ {printf "%.2f", $4}' "$out/$name.txt")
  p=$(cat "$out/$name".*[0-9] | awk '{print $3}' | sort -n | awk '
    {v[NR] = $1} END {
      split("50 95 99", p, " ");
      for (i = 1; i <= 3; i++) { k = int(p[i] / 100 * NR + 0.999999); if (k < 1) k = 1; printf "%.2f ", v[k] / 1000 }
    }')
  echo "$tps $p$avg $before $after"
}
echo "pgbench: $clients clients, ${seconds}s"
read -r pg_tps pg_p50 pg_p95 pg_p99 pg_avg pg_load_before pg_load_after < <(replay "$clients" pgbench)
echo "pgbench: $http_pool clients (the platform's pool), ${seconds}s"
read -r pool_tps pool_p50 pool_p95 pool_p99 pool_avg pool_load_before pool_load_after < <(replay "$http_pool" pgbench-pool)
ratio=$(printf '%.2f' "$(echo "scale=4; $http_tps / $pg_tps" | bc)")
ratio_met=$([ "$(echo "$ratio >= 0.5" | bc)" = 1 ] && echo met || echo "NOT met")
p99_met=$([ "$(echo "$http_p99 <= 50" | bc)" = 1 ] && echo met || echo "NOT met")

{
  echo "### Intake: HTTP against pgbench ($(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $clients clients, ${seconds} s each)"
  echo
  echo "One intake: a citizen's application form posted (multipart, one PDF material), then the department reviewer's"
  echo "受理 posted ($http_officer_sessions signed-in sessions share the acceptances), each with its session's CSRF token;"
  echo "$http_statements SQL statements in $http_transactions transactions, replayed by \`$script\` (checked against an"
  echo "intake recorded in this run)."
  echo
  echo "| side | intakes/s | p50 ms | p95 ms | p99 ms | load average (1 min) before → after |"
  echo "|---|---:|---:|---:|---:|---|"
  echo "| HTTP (apply + accept) | $http_tps | $http_p50 | $http_p95 | $http_p99 | ${http_load_before%% *} → ${http_load_after%% *} |"
  echo "| pgbench, the same statements, $clients clients | $pg_tps | $pg_p50 | $pg_p95 | $pg_p99 | $pg_load_before → $pg_load_after |"
  echo "| pgbench, $http_pool clients (the platform's pool size) | $pool_tps | $pool_p50 | $pool_p95 | $pool_p99 | $pool_load_before → $pool_load_after |"
  echo
  echo "- HTTP per request: apply p50/p99 $http_submit_p50 / $http_submit_p99 ms, accept $http_accept_p50 / $http_accept_p99 ms;"
  echo "  $http_intakes intakes timed after a ${warmup} s warm-up, $http_errors failed. pgbench latency average $pg_avg ms."
  echo "- Intake ÷ pgbench: **$ratio** (target ≥ 0.50: $ratio_met); intake p99 $http_p99 ms (target ≤ 50 ms: $p99_met)."
} | tee "$out/results.md"
