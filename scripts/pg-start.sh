#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster (Debian's binaries) on 127.0.0.1 and prints export lines:
#   eval "$(bash scripts/pg-start.sh)"
# Trust auth, fsync off: for tests only. Stop it with scripts/pg-stop.sh.
set -euo pipefail
PGBIN=$(pg_config --bindir)
PGTMP=$(mktemp -d)
PORT=
for p in $(seq 55432 55532); do
  (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { PORT=$p; break; }
done
[ -n "$PORT" ] || { echo "no free port in 55432-55532" >&2; exit 1; }
as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
[ "$(id -u)" = 0 ] && chown postgres:postgres "$PGTMP"
as_postgres "$PGBIN/initdb" -D "$PGTMP/data" -U postgres -A trust -E UTF8 --no-sync >"$PGTMP/initdb.log" 2>&1
as_postgres "$PGBIN/pg_ctl" -D "$PGTMP/data" -l "$PGTMP/server.log" -w -t 30 \
  -o "-p $PORT -k $PGTMP -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
  start >/dev/null
as_postgres "$PGBIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres rolewire
echo "export PGTMP=$PGTMP PGPORT=$PORT"
echo "export TEST_PG_JDBC_URL=jdbc:postgresql://127.0.0.1:$PORT/rolewire TEST_PG_USER=postgres TEST_PG_PASSWORD="
