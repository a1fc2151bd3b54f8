#!/usr/bin/env bash
# The web server process (npm start, the e2e server, the sandbox), after scripts/prepare.ts.
# V8 would otherwise let a one-process server's heap grow to several times what it keeps alive
# (≈70 MB) before collecting; these bounds keep the whole server well under 300 MB
# (README "Benchmark"). On the embedded database, one V8 helper thread instead of four: the
# helpers that compile its WebAssembly each keep their own memory, and three fewer measured
# 50–60 MB less at the same intake rate. On PostgreSQL there is no WebAssembly to compile and
# the server stays near 200 MB, so V8 keeps its default helpers for the worker's garbage.
# An operator's own NODE_OPTIONS come after, and win.
helpers=""
[ -n "${DATABASE_URL:-}" ] || helpers=" --v8-pool-size=1"
export NODE_OPTIONS="--max-semi-space-size=2 --max-old-space-size=192$helpers${NODE_OPTIONS:+ $NODE_OPTIONS}"
# glibc gives each thread that allocates (libuv's pool, V8's helpers) its own malloc arena,
# which holds on to freed memory; two arenas measured 10–40 MB less at the same speed.
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
exec node "$(dirname "$0")/server.mjs"
