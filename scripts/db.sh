#!/usr/bin/env bash
# Runs the Prisma 6.19 migrate CLI (offline WASM engine) to author migrations:
#   scripts/db.sh diff <migrate diff args...>   (npm run db:diff -- ...)
# e.g. diff --from-schema-datamodel old.prisma --to-schema-datamodel prisma/schema.migrate.prisma
#   --script -o new.sql   (the CLI may not exit after writing the file: stop it with Ctrl-C)
# Migrations are applied by scripts/migrate.ts (npm run db:deploy), not by this CLI.
set -euo pipefail
cd "$(dirname "$0")/.."
sed 's/^  provider = "postgresql"/&\n  url      = env("DATABASE_URL")/' prisma/schema.prisma > prisma/schema.migrate.prisma
# Users only ever set DATABASE_URL (or nothing); the CLI still needs a valid postgresql:// URL.
case "${DATABASE_URL:-}" in
  postgres://*|postgresql://*) unset PGLITE_DIR ;;
  file:*) export PGLITE_DIR="${PGLITE_DIR:-${DATABASE_URL#file:}}" DATABASE_URL=postgresql://unused@localhost/unused ;;
  "") export PGLITE_DIR="${PGLITE_DIR:-${DATA_DIR:-./data}/pglite}" DATABASE_URL=postgresql://unused@localhost/unused ;;
  *) echo "DATABASE_URL must be a postgresql:// URL or file:<folder>" >&2; exit 1 ;;
esac
[ -n "${PGLITE_DIR:-}" ] && mkdir -p "$(dirname "$PGLITE_DIR")"
cmd="$1"; shift
case "$cmd" in
  diff) exec node node_modules/prisma6/build/index.js migrate diff --config prisma.migrate.config.ts "$@" ;;
  *) echo "unknown command $cmd" >&2; exit 2 ;;
esac
