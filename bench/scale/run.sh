#!/usr/bin/env bash
# County-decade benchmark: bench/scale/run.sh [CASES]   (default 1000000)
# Generates a county with CASES 办件 over ten years (generate-cases.sql) and, in proportion, its documents (CASES/10),
# 依申请公开 requests (CASES/20), consultations (CASES/2) and audit entries (CASES/5) (generate-records.sql): one
# INSERT … SELECT per table, into a database of its own on the PostgreSQL server (BENCH_PGHOST/BENCH_PGPORT/
# BENCH_PGUSER, default the machine's 127.0.0.1:5432). It then starts the packaged platform on it and times over HTTP,
# with signed-in sessions of the right roles, every console list (first page, a deep page, a filtered page), every
# portal page kind, the annual report, the status check and the search, printing p50/p95/p99 per page.
# BENCH_REUSE=true keeps a generated database of the same size (10,000,000 cases take long to generate);
# BENCH_DOCUMENTS, BENCH_REQUESTS, BENCH_CONSULTATIONS and BENCH_AUDIT override the proportional sizes.
set -euo pipefail
cd "$(dirname "$0")/../.."
cases="${1:-1000000}"
host="${BENCH_PGHOST:-127.0.0.1}"; port="${BENCH_PGPORT:-5432}"; user="${BENCH_PGUSER:-postgres}"
db="doorstep_scale_${cases}"
data="target/bench/scale-${cases}"
rounds="${BENCH_ROUNDS:-30}"
documents="${BENCH_DOCUMENTS:-$(( cases / 10 ))}"; requests="${BENCH_REQUESTS:-$(( cases / 20 ))}"
consultations="${BENCH_CONSULTATIONS:-$(( cases / 2 ))}"; audit="${BENCH_AUDIT:-$(( cases / 5 ))}"
psql_db() { psql -h "$host" -p "$port" -U "$user" -v ON_ERROR_STOP=1 -q "$@"; }
# A fixed key: this database is generated and thrown away, never real data.
export DOORSTEP_DATA_KEY=YmVuY2gtc2NhbGUta2V5LW5vdC1hLXNlY3JldC0wMDAwMDA=
export DOORSTEP_AUDIT_KEY=62656e63682d7363616c652d61756469742d6b65792d6e6f742d612d736563726574
export DOORSTEP_DB_URL="jdbc:postgresql://$host:$port/$db" DOORSTEP_DB_USER="$user" DOORSTEP_DB_PASSWORD=
export DOORSTEP_DATA_DIR="$data" DOORSTEP_DEMO=true

./mvnw -B -q -DskipTests package   # never forced offline, so a clean clone fetches what it needs

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
  t0=$(date +%s)
  psql_db -d "$db" -v documents="$documents" -v requests="$requests" -v consultations="$consultations" \
    -v audit="$audit" -v auditkey="$DOORSTEP_AUDIT_KEY" -f bench/scale/generate-records.sql
  echo "generated $documents documents, $requests requests, $consultations consultations and $audit audit entries" \
    "in $(( $(date +%s) - t0 )) s"
fi
mkdir -p "$data"
start
trap 'kill $pid 2>/dev/null || true' EXIT
q() { psql_db -d "$db" -tAc "$1"; }
report=$(q "select id from reporting_report where division_code = '361199000000' order by year desc limit 1" || true)
closed_key=$(q "select (extract(epoch from closed_at) * 1000)::bigint || '_' || id from cases_case
  where closed_at is not null order by closed_at desc, id desc offset $(( cases / 2 )) limit 1")
open_pages=$(q "select greatest(1, count(*) / 50) from cases_case where closed_at is null")
case_number=$(q "select number from cases_case where number like 'B%' order by id offset $(( cases / 2 )) limit 1")
document=$(q "select id from disclosure_document where index_number like 'BENCH-%' and state = 'PUBLISHED'
  order by id desc limit 1")
node=$(q "select node_id from disclosure_document_node group by node_id order by count(*) desc limit 1")
guide=$(q "select code from services_item order by code limit 1")
audit_key=$(q "select id from audit_entry order by id desc offset $(( audit / 2 )) limit 1")
today=$(date -u +%F); year_ago=$(date -u -d "364 days ago" +%F); last_year=$(( $(date -u +%Y) - 1 ))
echo "## $cases cases, $documents documents, $requests requests, $consultations consultations, $audit audit entries;" \
  "$(date -u +%F), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) before timing"
# The search index follows the generated documents in the background after the start; time searches once it has.
python3 bench/scale/measure.py --wait-index http://localhost:18391 "$rounds" \
  "admin:/console/cases" "admin:/console/cases?page=$open_pages" "admin:/console/cases?after=$closed_key" \
  "admin:/console/cases?filter=overdue" "admin:/console/cases?filter=warning" \
  "chuangkou:/console/cases" "chuangkou:/console/cases?filter=open" \
  "gongkai:/console/disclosure" "gongkai:/console/disclosure?page=$(( documents / 100 ))" \
  "gongkai:/console/disclosure?state=DRAFT" "baomi:/console/disclosure/review" "gongkai:/console/disclosure/due" \
  "gongkai:/console/requests" "gongkai:/console/requests?view=all&page=$(( requests / 100 ))" \
  "gongkai:/console/requests?view=overdue" "gongkai:/console/topics?view=all" \
  "gongkai:/console/consultations" "gongkai:/console/consultations?from=$year_ago&to=$today&page=200" \
  "gongkai:/console/consultations?from=$year_ago&to=$today&channel=HOTLINE&category=医疗保障" \
  "gongkai:/console/hot-topics" "gongkai:/console/hot-topics?from=$year_ago&to=$today" \
  "shenji:/console/audit" "shenji:/console/audit?olderThan=$audit_key" "shenji:/console/audit?subject=B0005" \
  ${report:+"admin:/console/reports/$report"} "anonymous:/annual-reports/361199000000/$last_year" \
  "anonymous:/" "anonymous:/services" "anonymous:/services/items/$guide" "anonymous:/disclosure" \
  "anonymous:/disclosure/nodes/$node" "anonymous:/disclosure/documents/$document" \
  "anonymous:/search?q=政务公开" "anonymous:/api/v1/search?q=政务公开" \
  "anonymous:/api/v1/cases/$case_number/status|X-Query-Code: BENCH0" \
  "show:shenji:/api/v1/audit/verification"
