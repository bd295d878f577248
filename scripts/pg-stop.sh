#!/usr/bin/env bash
# Stops the cluster started by scripts/pg-start.sh (reads PGTMP from the environment).
set -uo pipefail
[ -n "${PGTMP:-}" ] && [ -d "$PGTMP/data" ] || exit 0
if [ "$(id -u)" = 0 ]; then
  runuser -u postgres -- "$(pg_config --bindir)/pg_ctl" -D "$PGTMP/data" -m fast -w stop >/dev/null
else
  "$(pg_config --bindir)/pg_ctl" -D "$PGTMP/data" -m fast -w stop >/dev/null
fi
rm -rf "$PGTMP"
