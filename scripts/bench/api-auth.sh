#!/usr/bin/env bash
# API throughput by kind of authentication (issue 10), side by side in one run:
#   bash scripts/bench/api-auth.sh target/rolewire-*.jar [PORT] [SECONDS] [BEFORE_JAR]
# WARM_SECONDS (default 30): before anything is measured, each kind of request runs that long, so
# the JIT has compiled every path first (measured in a cold JVM, the order of the runs decided the
# ratios: health doubled from its first to its second run).
# Starts the jar on 127.0.0.1:PORT with an in-memory H2 and one user given by properties, creates
# an API token through the "My tokens" page, then runs wrk (32 connections, 2 threads) against
# GET /actuator/health, POST /api/v1/plans with the token and with HTTP Basic, then the token and
# health once more (so that JIT warm-up and the machine's load show as the spread). With BEFORE_JAR
# (a build without the credential cache), it then measures health and Basic there too.
set -euo pipefail
JAR=$1
PORT=${2:-18431}
SECONDS_EACH=${3:-20}
WARM_SECONDS=${WARM_SECONDS:-30}
BEFORE_JAR=${4:-}
BASE="http://127.0.0.1:$PORT"
command -v wrk > /dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }
LUA="$(dirname "$0")/post-body.lua"
WORK=$(mktemp -d)
APP_PID=

start() {
    # shellcheck disable=SC2086 # JAVA_OPTS: extra JVM options, e.g. a flight recording
    java -Xmx512m ${JAVA_OPTS:-} -jar "$1" --server.address=127.0.0.1 --server.port="$PORT" \
        --spring.datasource.url="jdbc:h2:mem:bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" \
        --rolewire.security.users[0].username=bench \
        --rolewire.security.users[0].password='{noop}bench-pw' \
        --rolewire.security.users[0].roles=OPERATOR \
        > "$WORK/app.log" 2>&1 &
    APP_PID=$!
    for _ in $(seq 1 120); do
        curl -sf "$BASE/actuator/health" > /dev/null && return 0
        sleep 1
    done
    echo "the app did not start; see $WORK/app.log" >&2
    exit 1
}

stop() {
    [ -n "$APP_PID" ] && kill "$APP_PID" && wait "$APP_PID" 2>/dev/null || true
    APP_PID=
}
trap stop EXIT

csrf() { grep -o 'name="_csrf" value="[^"]*"' "$1" | head -1 | sed 's/.*value="//; s/"$//'; }

token() {
    local jar="$WORK/cookies"
    curl -s -c "$jar" -b "$jar" "$BASE/login" -o "$WORK/login.html"
    curl -s -c "$jar" -b "$jar" -o /dev/null \
        --data-urlencode username=bench --data-urlencode password=bench-pw \
        --data-urlencode "_csrf=$(csrf "$WORK/login.html")" "$BASE/login"
    curl -s -c "$jar" -b "$jar" "$BASE/tokens" -o "$WORK/tokens.html"
    curl -s -c "$jar" -b "$jar" -L -o "$WORK/created.html" \
        --data-urlencode name=benchmark --data-urlencode validity=DAYS_7 \
        --data-urlencode "_csrf=$(csrf "$WORK/tokens.html")" "$BASE/tokens"
    grep -o 'rwt_[A-Za-z0-9_-]*' "$WORK/created.html" | head -1
}

measure() { # label, then wrk arguments
    local label=$1
    shift
    wrk -t2 -c32 -d10s "$@" > /dev/null # warm-up (JIT)
    echo "### $label"
    wrk -t2 -c32 -d"${SECONDS_EACH}s" --latency "$@"
}

start "$JAR"
TOKEN=$(token)
[ -n "$TOKEN" ] || { echo "no token created" >&2; exit 1; }
BASIC="Authorization: Basic $(printf 'bench:bench-pw' | base64)"
for _ in 1 2; do # every path compiled before the first measured second
    wrk -t2 -c32 -d"${WARM_SECONDS}s" "$BASE/actuator/health" > /dev/null
    wrk -t2 -c32 -d"${WARM_SECONDS}s" -s "$LUA" -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/plans" > /dev/null
    wrk -t2 -c32 -d"${WARM_SECONDS}s" -s "$LUA" -H "$BASIC" "$BASE/api/v1/plans" > /dev/null
done
echo "load before measuring: $(cat /proc/loadavg)"
measure "health" "$BASE/actuator/health"
measure "plans, Bearer token" -s "$LUA" -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/plans"
measure "plans, HTTP Basic (cached)" -s "$LUA" -H "$BASIC" "$BASE/api/v1/plans"
measure "plans, Bearer token, again" -s "$LUA" -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/plans"
measure "health, again" "$BASE/actuator/health"
echo "load after measuring: $(cat /proc/loadavg)"
stop
if [ -n "$BEFORE_JAR" ]; then
    start "$BEFORE_JAR"
    measure "before: health" "$BASE/actuator/health"
    measure "before: plans, HTTP Basic" -s "$LUA" -H "$BASIC" "$BASE/api/v1/plans"
    stop
fi
rm -rf "$WORK"
