#!/usr/bin/env bash
# Playwright's web server: a fresh database, the e2e seed, then the built app (npm run build first).
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${DATA_DIR:?DATA_DIR must name the e2e data folder}"
rm -rf "$DATA_DIR" "$DATA_DIR.lock"
node_modules/.bin/tsx scripts/prepare.ts
node_modules/.bin/tsx e2e/support/seed.ts
exec bash scripts/server.sh
