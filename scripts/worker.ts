// npm run worker: the worker alone, for web instances running with WORKER=off. Applies pending
// migrations first, like npm start, so either may be started first.
import { closeDb } from "@/lib/db";
import { env, EnvError } from "@/lib/env";
import { stopQueue } from "@/lib/jobs/queue";
import { logger } from "@/lib/logger";
import { migrateDatabase } from "@/lib/migrations/migrate-database";
import { closeSignals } from "@/lib/signals/signals";
import { startWorker } from "@/lib/worker/start-worker";

const STOP_WITHIN_MS = 20_000;

try {
  env();
  await migrateDatabase();
} catch (error) {
  console.error(error instanceof EnvError ? error.message : `Worker start-up failed: ${(error as Error).message}`);
  process.exit(1);
}
const stop = await startWorker();
console.log("Switchboard worker is running (Ctrl-C to stop).");

let stopping = false;
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "worker stopping");
    // Running jobs get a bounded time; an unfinished one is claimed again after its lease.
    setTimeout(() => process.exit(1), STOP_WITHIN_MS).unref();
    void (async () => {
      await stop();
      await stopQueue();
      await Promise.all([closeSignals(), closeDb()]);
      process.exit(0);
    })();
  });
}
