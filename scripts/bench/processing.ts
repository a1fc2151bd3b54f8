import { startApp, type App } from "./app";
import { countStored, eventStatuses, openDatabase, seedInbox, storedAt } from "./database";
import { delivery, INSTAGRAM_USER_ID } from "./deliveries";
import { measureLiveLatency } from "./live-latency";
import { closedLoop, openLoop, percentile, type LoadResult } from "./load";
import { sleep } from "./support";

export type ProcessingResult = {
  app: App;
  /** fixed-rate phase: lag = Message.createdAt − send time, per delivery, ms */
  lags: number[];
  lagLoad: LoadResult;
  lagMissing: number;
  /** webhook sent → its text visible in an agent's open browser, ms */
  liveLatencies: number[];
  /** peak server RSS before the browser phase (webhooks only) */
  webhooksOnlyRssMb: number;
  /** closed-loop burst: messages stored per second, first to last stored */
  throughput: number;
  /** the same, counting only what was stored after the senders stopped (the worker alone) */
  drainThroughput: number;
  burstLoad: LoadResult;
  burstStored: number;
  statuses: Record<string, number>;
};

type Settings = { secret: string; lagRate: number; lagSeconds: number; burstSeconds: number; connections: number };

/**
 * Processing on one database, with the worker inline (the default deployment): seed a connected
 * inbox, start the app, then (1) deliveries at a fixed rate to measure webhook-to-message lag and
 * (2) a closed-loop burst to measure how many messages per second end up stored.
 */
export async function measureProcessing(
  name: string,
  target: { pgliteDir: string } | { url: string },
  env: Record<string, string>,
  logFile: string,
  settings: Settings,
): Promise<ProcessingResult> {
  const embedded = "pgliteDir" in target;
  let db = await openDatabase(target);
  const accountId = await seedInbox(db, INSTAGRAM_USER_ID);
  // PGlite allows one process: the bench lets go before the app opens the folder.
  if (embedded) await db.close();

  const app = await startApp(name, { ...env, WORKER: "inline" }, logFile);
  const url = `${app.url}/webhooks/instagram`;
  const { secret } = settings;

  /**
   * Until the worker has stored `expected` messages. On PostgreSQL the bench counts them; the
   * embedded folder cannot be opened while the app holds it, so there "done" is the server's CPU
   * going idle (the figures are read from the database afterwards).
   */
  const drained = async (prefix: string, expected: number) => {
    const deadline = Date.now() + 150_000;
    let idleSeconds = 0;
    let lastCpu = app.cpu();
    while (Date.now() < deadline) {
      await sleep(embedded ? 1000 : 250);
      if (!embedded) {
        if ((await countStored(db, prefix)) >= expected) return;
        continue;
      }
      const cpu = app.cpu();
      idleSeconds = cpu - lastCpu < 0.05 ? idleSeconds + 1 : 0;
      lastCpu = cpu;
      if (idleSeconds >= 3) return;
    }
  };

  // Warm-up: the queue's first start, JIT, the inbox's first contacts and conversations.
  const warm = await closedLoop({ url, seconds: 3, connections: 8, make: (n) => delivery(secret, "warm", n) });
  if (warm.ok === 0) throw new Error(`${name}: no delivery accepted during warm-up: ${JSON.stringify(warm.failed)}`);
  await drained("bench-warm-", warm.ok);

  const lagSent = new Map<string, number>();
  const lagLoad = await openLoop({
    url,
    rate: settings.lagRate,
    seconds: settings.lagSeconds,
    make: (n) => delivery(secret, "lag", n),
    onSend: ({ mid }, at) => lagSent.set(mid, at),
  });
  await drained("bench-lag-", lagLoad.ok);
  // Memory while only webhooks arrive, before an agent's browser has pages rendered.
  const webhooksOnlyRssMb = app.peakRssMb();
  const liveLatencies = await measureLiveLatency(app.url, accountId, secret);

  const burstLoad = await closedLoop({ url, seconds: settings.burstSeconds, connections: settings.connections, make: (n) => delivery(secret, "burst", n) });
  const sendersStopped = Date.now();
  await drained("bench-burst-", burstLoad.ok);

  await app.stop();
  if (embedded) db = await openDatabase(target);
  try {
    const lagStored = await storedAt(db, "bench-lag-");
    const lags = [...lagSent].flatMap(([mid, sent]) => (lagStored.has(mid) ? [lagStored.get(mid)! - sent] : []));
    const burst = [...(await storedAt(db, "bench-burst-")).values()].sort((a, b) => a - b);
    const perSecond = (count: number, from: number, to: number) => (count > 1 && to > from ? count / ((to - from) / 1000) : NaN);
    const afterSenders = burst.filter((at) => at > sendersStopped);
    return {
      app,
      lags,
      lagLoad,
      liveLatencies,
      webhooksOnlyRssMb,
      lagMissing: lagSent.size - lags.length,
      throughput: perSecond(burst.length, burst[0]!, burst.at(-1)!),
      // Only meaningful when a real backlog was left (a tenth of the burst or more).
      drainThroughput: afterSenders.length >= burst.length / 10 ? perSecond(afterSenders.length, sendersStopped, burst.at(-1)!) : NaN,
      burstLoad,
      burstStored: burst.length,
      statuses: await eventStatuses(db),
    };
  } finally {
    await db.close();
  }
}

export const lagFigures = (lags: number[]) => ({ p50: percentile(lags, 50), p95: percentile(lags, 95) });
