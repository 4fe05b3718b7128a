#!/usr/bin/env bash
# County-decade benchmark: bench/scale/run.sh [CASES]   (default 1000000)
# Generates a county with CASES 办件 over ten years (bench/scale/generate-cases.sql: one INSERT … SELECT, seconds per
# million) into a database of its own on the PostgreSQL server (BENCH_DB_URL, default the machine's
# 127.0.0.1:5432), starts the packaged platform on it and times the officers' case lists (first, deep and filtered
# pages), the annual report and portal pages over HTTP with signed-in sessions, printing p50/p95/p99 per page.
# BENCH_REUSE=true keeps a generated database of the same size (10,000,000 cases take long to generate).
# Documents, requests, consultations and audit entries at scale are not generated yet (see bench/README.md).
set -euo pipefail
cd "$(dirname "$0")/../.."
cases="${1:-1000000}"
host="${BENCH_PGHOST:-127.0.0.1}"; port="${BENCH_PGPORT:-5432}"; user="${BENCH_PGUSER:-postgres}"
db="doorstep_scale_${cases}"
data="target/bench/scale-${cases}"
rounds="${BENCH_ROUNDS:-30}"
psql_db() { psql -h "$host" -p "$port" -U "$user" -v ON_ERROR_STOP=1 -q "$@"; }
# A fixed key: this database is generated and thrown away, never real data.
export DOORSTEP_DATA_KEY=YmVuY2gtc2NhbGUta2V5LW5vdC1hLXNlY3JldC0wMDAwMDA=
export DOORSTEP_DB_URL="jdbc:postgresql://$host:$port/$db" DOORSTEP_DB_USER="$user" DOORSTEP_DB_PASSWORD=
export DOORSTEP_DATA_DIR="$data" DOORSTEP_DEMO=true

[ -f target/doorstep-0.1.0-SNAPSHOT.jar ] || ./mvnw -B -q -DskipTests package

start() {
  java -Xmx1g -jar target/doorstep-0.1.0-SNAPSHOT.jar --server.port=18391 >"$data/platform.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 240); do
    curl -sf -o /dev/null http://localhost:18391/ && return 0
    kill -0 "$pid" 2>/dev/null || { tail -30 "$data/platform.log"; exit 1; }
    sleep 0.5
  done
  echo "the platform did not answer" >&2; exit 1
}

exists=$(psql_db -d postgres -tAc "select 1 from pg_database where datname = '$db'")
if [ "${BENCH_REUSE:-false}" != true ] || [ "$exists" != 1 ]; then
  psql_db -d postgres -c "drop database if exists $db" -c "create database $db"
  rm -rf "$data"; mkdir -p "$data"
  start; kill "$pid"; wait "$pid" 2>/dev/null || true   # schema and demo county
  t0=$(date +%s)
  psql_db -d "$db" -v cases="$cases" -v county=361199000000 -f bench/scale/generate-cases.sql
  echo "generated $cases cases in $(( $(date +%s) - t0 )) s"
fi
mkdir -p "$data"
start
trap 'kill $pid 2>/dev/null || true' EXIT
report=$(psql_db -d "$db" -tAc "select id from reporting_report where division_code = '361199000000' order by year desc limit 1" || true)
closed_key=$(psql_db -d "$db" -tAc "select (extract(epoch from closed_at) * 1000)::bigint || '_' || id from cases_case
  where closed_at is not null order by closed_at desc, id desc offset $(( cases / 2 )) limit 1")
open_pages=$(psql_db -d "$db" -tAc "select greatest(1, count(*) / 50) from cases_case where closed_at is null")
echo "## $cases cases, $(date -u +%F), $(nproc) cores"
python3 bench/scale/measure.py http://localhost:18391 "$rounds" \
  "admin:/console/cases" "admin:/console/cases?page=$open_pages" "admin:/console/cases?after=$closed_key" \
  "admin:/console/cases?filter=overdue" "admin:/console/cases?filter=warning" \
  "chuangkou:/console/cases" "chuangkou:/console/cases?filter=open" \
  ${report:+"admin:/console/reports/$report"} \
  "anonymous:/" "anonymous:/services" "anonymous:/disclosure"
