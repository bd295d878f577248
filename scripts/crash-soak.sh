#!/usr/bin/env bash
# Crash soak (issue 8, "A 2xx means it is durable"): for each database, ROUNDS rounds of CLIENTS
# API clients creating and submitting runs against Rolewire in its own JVM, SIGKILL mid-load,
# restart on the same database, then every acknowledged run and submit is read back.
#   bash scripts/crash-soak.sh            # h2 and postgres, 20 rounds, 50 clients
#   bash scripts/crash-soak.sh h2 5 20    # one database, 5 rounds, 20 clients
# PostgreSQL: the one named by TEST_PG_JDBC_URL, else a throwaway one from scripts/pg-start.sh
# (fsync=off and synchronous_commit=off there: harmless for a kill of the JVM, which leaves the
# PostgreSQL server running, but not a test of PostgreSQL's own crash safety).
set -euo pipefail
cd "$(dirname "$0")/.."
databases=${1:-"h2 postgres"}
rounds=${2:-20}
clients=${3:-50}

./mvnw -q -B -o test-compile -Djacoco.skip=true
./mvnw -q -B -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt
# a copy of the classes: a rebuild during a long soak must not change the application it restarts
rm -rf target/crash-soak && mkdir -p target/crash-soak
cp -r target/classes target/crash-soak/classes && cp -r target/test-classes target/crash-soak/test-classes
CP="target/crash-soak/classes:target/crash-soak/test-classes:$(cat target/cp.txt)"

if [[ " $databases " == *" postgres "* && -z "${TEST_PG_JDBC_URL:-}" ]]; then
  eval "$(bash scripts/pg-start.sh)"
  trap 'bash scripts/pg-stop.sh' EXIT
fi

# the databases side by side (each round's figures go to target/crash-soak-DATABASE.log as they come)
pids=()
for database in $databases; do
  java -cp "$CP" io.rolewire.benchmark.CrashSoak "$database" "$rounds" "$clients" \
    >"target/crash-soak-$database.log" 2>&1 &
  pids+=($!)
done
status=0
for pid in "${pids[@]}"; do wait "$pid" || status=1; done
echo "| database | rounds | clients | acknowledged runs | acknowledged submits | lost runs | reverted submits | half-written | chain broken | refused (non-2xx) |"
for database in $databases; do grep -h '^| ' "target/crash-soak-$database.log" || status=1; done
exit $status
