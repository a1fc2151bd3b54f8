import { createHash } from "node:crypto";
import { fromPglite, PgBoss, type Queue } from "pg-boss";
import { dbConnection } from "@/lib/db";
import { logger } from "@/lib/logger";

/**
 * The job queue (pg-boss) on the app's own database, in its own `pgboss` schema. On the
 * embedded database it shares Prisma's PGlite instance; on PostgreSQL it has its own pool, and
 * several processes claim jobs with SKIP LOCKED.
 */
export const QUEUES = {
  webhookEvents: "webhook-events",
  contactProfiles: "contact-profiles",
  mediaDownloads: "media-downloads",
  outgoingMessages: "outgoing-messages",
  senderActions: "sender-actions",
  tokenRefreshes: "token-refreshes",
  inboxRemovals: "inbox-removals",
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/** Retries back off exponentially with jitter (pg-boss's `retryBackoff`), capped. */
const QUEUE_OPTIONS: Record<QueueName, Omit<Queue, "name">> = {
  [QUEUES.webhookEvents]: { retryLimit: 8, retryDelay: 2, retryBackoff: true, retryDelayMax: 600, expireInSeconds: 60, notify: true },
  [QUEUES.contactProfiles]: { retryLimit: 6, retryDelay: 60, retryBackoff: true, retryDelayMax: 6 * 3600, expireInSeconds: 60, notify: true },
  [QUEUES.mediaDownloads]: { retryLimit: 5, retryDelay: 10, retryBackoff: true, retryDelayMax: 3600, expireInSeconds: 300, notify: true },
  // A reply waits at most some 10 minutes for Meta (throttling, outages) before it is marked failed.
  [QUEUES.outgoingMessages]: { retryLimit: 6, retryDelay: 5, retryBackoff: true, retryDelayMax: 300, expireInSeconds: 60, notify: true },
  [QUEUES.senderActions]: { retryLimit: 4, retryDelay: 5, retryBackoff: true, retryDelayMax: 120, expireInSeconds: 60, notify: true },
  // Within the hour: the next hour's scan queues a token still due again.
  [QUEUES.tokenRefreshes]: { retryLimit: 4, retryDelay: 30, retryBackoff: true, retryDelayMax: 900, expireInSeconds: 60, notify: true },
  // One job per inbox at a time, keyed by the inbox ("stately": at most one queued and one
  // running): a removal's next chunk may be queued while its current one runs, and never runs
  // beside it. Each chunk stops well within its lease (remove-inbox-data.ts).
  [QUEUES.inboxRemovals]: { policy: "stately", retryLimit: 8, retryDelay: 10, retryBackoff: true, retryDelayMax: 600, expireInSeconds: 120, notify: true },
};

type QueueOverrides = Partial<Record<QueueName, Partial<Omit<Queue, "name">>>>;
type State = { boss?: Promise<PgBoss>; overrides?: QueueOverrides; supervise?: boolean };
const store = globalThis as typeof globalThis & { __switchboardQueue?: State };
const state = (store.__switchboardQueue ??= {});

/** Tests shorten retry delays and leases; call before the first `queue()`. */
export function configureQueues(options: { overrides?: QueueOverrides; supervise?: boolean }): void {
  Object.assign(state, options);
}

function queueOptions(name: QueueName): Omit<Queue, "name"> {
  return { ...QUEUE_OPTIONS[name], ...state.overrides?.[name] };
}

/** The started queue, created on first use. */
export function queue(): Promise<PgBoss> {
  state.boss ??= start().catch((error: unknown) => {
    state.boss = undefined;
    throw error;
  });
  return state.boss;
}

async function start(): Promise<PgBoss> {
  const connection = await dbConnection();
  const common = {
    schema: "pgboss",
    useListenNotify: true,
    supervise: state.supervise ?? true,
    // Expired leases (a worker killed mid-job) are found by the monitor pass: every 15 s, not 60.
    superviseIntervalSeconds: 15,
    monitorIntervalSeconds: 15,
    application_name: "switchboard-queue",
  };
  const boss =
    connection.kind === "pglite"
      ? new PgBoss({ ...common, db: fromPglite(connection.pglite), backend: "pglite" })
      : new PgBoss({ ...common, connectionString: connection.url, max: 8 });
  boss.on("error", (error) => logger.error({ err: error }, "job queue error"));
  await boss.start();
  for (const name of Object.values(QUEUES)) {
    // A queue's policy is fixed when it is created; pg-boss refuses to "update" it.
    const { policy, ...options } = queueOptions(name);
    if (await boss.getQueue(name)) await boss.updateQueue(name, options);
    else await boss.createQueue(name, { ...options, policy });
  }
  return boss;
}

export async function stopQueue(options: { graceMs?: number } = {}): Promise<void> {
  const pending = state.boss;
  state.boss = undefined;
  if (!pending) return;
  const boss = await pending.catch(() => undefined);
  await boss?.stop({ graceful: true, timeout: options.graceMs ?? 10_000 });
}

/**
 * A job id derived from what the job is about, so that enqueuing the same work twice (a
 * sweep racing the intake) creates one job: pg-boss ids are UUIDs and a duplicate id is ignored.
 */
export function jobId(...parts: (string | number | bigint)[]): string {
  const hex = createHash("sha256").update(parts.join(":")).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
