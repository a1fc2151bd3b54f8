#!/usr/bin/env bash
# README command 2: lint, typecheck, unit tests, build, end-to-end tests on the embedded database
# and (auth flow) on a throwaway PostgreSQL cluster, which also serves the unit tests that need
# a real server (TEST_POSTGRES_URL). The last line is "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p .reports
rm -f .reports/unit.json .reports/e2e.json
failed_steps=()

step() {
  local name=$1
  shift
  echo "==> $name"
  "$@" || failed_steps+=("$name")
}

# A throwaway PostgreSQL cluster on a free port, removed on exit.
pg_dir=""
stop_postgres() {
  [ -n "$pg_dir" ] || return 0
  as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$pg_dir"
}
trap stop_postgres EXIT
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
start_postgres() {
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -x "$pg_bin/initdb" ] || { echo "PostgreSQL server binaries not found (apt-get install postgresql)"; return 1; }
  pg_dir=$(mktemp -d /tmp/switchboard-pg.XXXXXX)
  [ "$(id -u)" = 0 ] && chown postgres "$pg_dir"
  local port
  port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
  as_postgres "$pg_bin/initdb" -D "$pg_dir/data" -A trust -U postgres >/dev/null &&
    as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/log" -w \
      -o "-p $port -k $pg_dir -c listen_addresses=127.0.0.1" start >/dev/null &&
    as_postgres "$pg_bin/createdb" -h 127.0.0.1 -p "$port" -U postgres switchboard_e2e &&
    as_postgres "$pg_bin/createdb" -h 127.0.0.1 -p "$port" -U postgres switchboard_unit &&
    export E2E_POSTGRES_URL="postgresql://postgres@127.0.0.1:$port/switchboard_e2e" \
      TEST_POSTGRES_URL="postgresql://postgres@127.0.0.1:$port/switchboard_unit"
}

step generate npm run --silent db:generate
step lint npm run --silent lint
step typecheck npm run --silent typecheck
step postgres start_postgres
step unit npx vitest run --reporter=default --reporter=json --outputFile.json=.reports/unit.json
step build npm run --silent build
E2E_JSON_REPORT=.reports/e2e.json step e2e npx playwright test

node scripts/summarize-tests.mjs .reports/unit.json .reports/e2e.json "${failed_steps[@]}"
