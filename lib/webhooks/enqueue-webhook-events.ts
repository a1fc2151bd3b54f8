import { db } from "@/lib/db";
import { jobId, queue, QUEUES } from "@/lib/jobs/queue";
import { logger } from "@/lib/logger";

export type WebhookEventJob = { eventId: string };

/**
 * One job per stored event, with an id derived from the event (and its replay count), so the
 * sweep and the intake can both queue an event without it being processed twice.
 */
export async function enqueueWebhookEvents(events: StoredEvent[], replay = 0): Promise<void> {
  if (events.length === 0) return;
  const boss = await queue();
  await boss.insert(
    QUEUES.webhookEvents,
    events.map(({ id, receivedAt }) => ({
      // The time keeps ids unique should the event sequence ever start again (a restored database).
      id: jobId("webhook-event", id, receivedAt.getTime(), replay),
      data: { eventId: id.toString() } satisfies WebhookEventJob,
    })),
  );
}

type StoredEvent = { id: bigint; receivedAt: Date };

/**
 * Events stored but never queued (the process stopped between the two, or the queue was
 * down): queued again at start and every minute. A duplicate job id is ignored.
 */
export async function sweepPendingWebhookEvents(olderThanMs = 30_000): Promise<number> {
  const client = await db();
  const pending = await client.webhookEvent.findMany({
    where: { status: "pending", receivedAt: { lt: new Date(Date.now() - olderThanMs) } },
    select: { id: true, receivedAt: true },
    orderBy: { id: "asc" },
    take: 5_000,
  });
  await enqueueWebhookEvents(pending);
  return pending.length;
}

const pending: StoredEvent[] = [];
let flushing: Promise<void> | undefined;

/**
 * Queues a just-stored event without holding up the response: events arriving together are
 * queued in one statement. The event is already safe in its table; should this fail or the
 * process stop first, the sweep queues it.
 */
export function enqueueSoon(event: StoredEvent): void {
  pending.push(event);
  flushing ??= new Promise<void>((resolve) => setImmediate(resolve))
    .then(async () => {
      while (pending.length > 0) await enqueueWebhookEvents(pending.splice(0, 500));
    })
    .catch((error: unknown) => logger.warn({ err: error }, "stored webhook events not queued yet; the sweep will"))
    .finally(() => {
      flushing = undefined;
    });
}

/** Until what enqueueSoon was given is queued: a stopping web process queues all it accepted. */
export async function queuePendingNow(): Promise<void> {
  while (flushing) await flushing;
}
