#!/usr/bin/env bash
# The web server process (npm start, the e2e server, the sandbox), after scripts/prepare.ts.
# V8 would otherwise let a one-process server's heap grow to several times what it keeps alive
# (≈70 MB) before collecting; these bounds keep the whole server near 300 MB
# (README "Benchmark"). An operator's own NODE_OPTIONS come after, and win.
export NODE_OPTIONS="--max-semi-space-size=2 --max-old-space-size=192${NODE_OPTIONS:+ $NODE_OPTIONS}"
# glibc gives each thread that allocates (libuv's pool, V8's helpers) its own malloc arena,
# which holds on to freed memory; two arenas measured 10–40 MB less at the same speed.
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
exec node "$(dirname "$0")/server.mjs"
