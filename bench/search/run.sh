#!/usr/bin/env bash
# Search benchmark: bench/search/run.sh [N ...]   (default: 100000)
# For each N: generate N documents deterministically, index them, and time the fixed query mix three ways
# (HTTP /api/v1/search, Lucene in-process, PostgreSQL ILIKE). Results: target/bench/search-N/results.md.
# Options via environment: BENCH_HEAP (default 3g), BENCH_ROUNDS (default 10), BENCH_WARMUP_SECONDS (default 30),
# BENCH_SQL_ROUNDS,
# BENCH_REUSE=true to reuse the data of an earlier run with the same N.
set -euo pipefail
cd "$(dirname "$0")/../.."
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(100000)
# Never forced offline: on a clean machine the dependency plugin itself has to be fetched once (issue 11 item 6).
./mvnw -B -q -DskipTests test-compile
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
for n in "${sizes[@]}"; do
  java -Xmx"${BENCH_HEAP:-3g}" -XX:+UseParallelGC \
    -Dbench.rounds="${BENCH_ROUNDS:-10}" -Dbench.warmUpSeconds="${BENCH_WARMUP_SECONDS:-30}" ${BENCH_SQL_ROUNDS:+-Dbench.sqlRounds=$BENCH_SQL_ROUNDS} \
    -Dbench.reuse="${BENCH_REUSE:-false}" \
    -cp "$cp" org.doorstep.bench.SearchBenchmark "$n"
done
