import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { classifyItem, type MessageItem } from "@/lib/webhooks/classify-item";
import { newEffects } from "@/lib/webhooks/handlers/context";
import { parseNotification } from "@/lib/webhooks/notification";
import { storeCustomerMessages, type BatchMessage } from "@/lib/webhooks/process-message-batch";
import { processWebhookEvent, routeEntries } from "@/lib/webhooks/process-webhook-event";
import { runEffects } from "@/lib/webhooks/run-effects";
import type { BatchJob, BatchOutcome } from "@/lib/worker/work-in-batches";
import type { WebhookEventJob } from "@/lib/webhooks/enqueue-webhook-events";

/**
 * A batch of stored events. Those that are nothing but customers' messages to one connected
 * account (nearly all of them) are applied together in one transaction; the rest, and all of
 * them should that transaction fail, go one by one through processWebhookEvent, which isolates
 * the event at fault and records its error.
 */
export async function processEventBatch(jobs: BatchJob<WebhookEventJob>[]): Promise<BatchOutcome> {
  const client = await db();
  const ids = jobs.map((job) => BigInt(job.data.eventId));
  const events = await client.webhookEvent.findMany({ where: { id: { in: ids }, status: { in: ["pending", "failed", "dead"] } }, select: { id: true, body: true } });
  const parsed = events.map((event) => ({ id: event.id, notification: parseNotification(event.body) }));
  const inboxes = await routeEntries([...new Set(parsed.flatMap(({ notification }) => (notification.ok ? notification.entries.map((entry) => entry.id) : [])))]);

  const simple: { id: bigint; instagramUserId: string; inboxId: number; messages: BatchMessage[] }[] = [];
  for (const { id, notification } of parsed) {
    if (!notification.ok) continue;
    const accountIds = new Set(notification.entries.map((entry) => entry.id));
    const inbox = accountIds.size === 1 ? inboxes.get([...accountIds][0]!) : undefined;
    if (!inbox || notification.entries.some((entry) => entry.changes?.length)) continue;
    const items = notification.entries.flatMap((entry) => (entry.messaging ?? []).map(classifyItem));
    if (!items.every((item) => item.kind === "message")) continue;
    simple.push({ id, instagramUserId: inbox.instagramUserId, inboxId: inbox.inboxId, messages: items.map((item) => ({ inbox, item: item.item as MessageItem })) });
  }

  const done = new Set<bigint>();
  const effects = newEffects();
  if (simple.length > 0) {
    try {
      await client.$transaction(async (tx) => {
        await storeCustomerMessages(tx, simple.flatMap((event) => event.messages), effects);
        await tx.$executeRaw`
          UPDATE "WebhookEvent" e SET status = 'processed', "instagramUserIds" = ARRAY[v.ig], "inboxIds" = ARRAY[v.inbox],
            attempts = e.attempts + 1, "lastError" = NULL, "processedAt" = now(), "updatedAt" = now()
          FROM unnest(${simple.map((event) => event.id.toString())}::text[], ${simple.map((event) => event.instagramUserId)}::text[], ${simple.map((event) => event.inboxId)}::int[]) AS v(id, ig, inbox)
          WHERE e.id = v.id::bigint`;
      });
      for (const event of simple) done.add(event.id);
    } catch (error) {
      logger.warn({ err: error, events: simple.length }, "batch of webhook events failed; applying them one by one");
      Object.assign(effects, newEffects());
    }
  }
  await runEffects(effects);

  const outcomes: BatchOutcome = [];
  for (const [index, id] of ids.entries()) {
    if (done.has(id)) outcomes.push(null);
    else outcomes.push(await processWebhookEvent(id, { lastAttempt: jobs[index]!.lastAttempt }).then(() => null, (error: unknown) => (error instanceof Error ? error : new Error(String(error)))));
  }
  return outcomes;
}
