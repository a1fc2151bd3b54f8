import { closeDb } from "@/lib/db";
import { stopQueue } from "@/lib/jobs/queue";
import { logger } from "@/lib/logger";
import { closeSignals } from "@/lib/signals/signals";
import { queuePendingNow } from "@/lib/webhooks/enqueue-webhook-events";

const STOP_WITHIN_MS = 20_000;
/** How long requests in flight get to finish before the rest shuts down anyway. */
const REQUESTS_WITHIN_MS = 5_000;

/**
 * On SIGTERM or SIGINT: stop taking requests (web process, scripts/server.mjs) and let those in
 * flight finish and queue their events, let running jobs finish (for a bounded time; an unfinished one is claimed again
 * after its lease), close the queue, the signal listener and the database, then exit. Closing
 * the embedded database properly spares the next start a crash recovery.
 */
export function exitOnSignal(stopWorker: () => Promise<(() => Promise<void>) | void>): void {
  let stopping = false;
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, "shutting down");
      setTimeout(() => process.exit(1), STOP_WITHIN_MS).unref();
      (async () => {
        const stopServing = Reflect.get(globalThis, "__switchboardStopServing") as (() => Promise<void>) | undefined;
        if (stopServing) await Promise.race([stopServing(), new Promise((resolve) => setTimeout(resolve, REQUESTS_WITHIN_MS))]);
        // Deliveries answered 200 are stored; their jobs go out now rather than at the next sweep.
        await queuePendingNow();
        const stop = await stopWorker();
        if (stop) await stop();
        await stopQueue();
        await Promise.all([closeSignals(), closeDb()]);
      })()
        .catch((error: unknown) => logger.error({ err: error }, "shutting down failed"))
        .finally(() => process.exit(0));
    });
  }
}
