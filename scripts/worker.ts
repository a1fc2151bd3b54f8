// npm run worker: the worker alone, for web instances running with WORKER=off. Applies pending
// migrations first, like npm start, so either may be started first.
import { env, EnvError } from "@/lib/env";
import { migrateDatabase } from "@/lib/migrations/migrate-database";
import { exitOnSignal } from "@/lib/worker/exit-on-signal";
import { startWorker } from "@/lib/worker/start-worker";

try {
  env();
  await migrateDatabase();
} catch (error) {
  console.error(error instanceof EnvError ? error.message : `Worker start-up failed: ${(error as Error).message}`);
  process.exit(1);
}
const stop = await startWorker();
console.log("Switchboard worker is running (Ctrl-C to stop).");

exitOnSignal(async () => stop);
