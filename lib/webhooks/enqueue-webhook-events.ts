import { db } from "@/lib/db";
import { jobId, queue, QUEUES } from "@/lib/jobs/queue";

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
