import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { classifyItem } from "@/lib/webhooks/classify-item";
import { newEffects, type RoutedInbox } from "@/lib/webhooks/handlers/context";
import { handleItem } from "@/lib/webhooks/handlers/index";
import { metaTime, parseNotification, type NotificationEntry } from "@/lib/webhooks/notification";
import { runEffects } from "@/lib/webhooks/run-effects";

const FINISHED = new Set(["processed", "invalid", "unroutable"]);

/**
 * Applies one stored delivery: every `messaging[]` item of every entry routed to a connected
 * inbox, oldest first, each in its own transaction. Handlers are idempotent, so a retry after a
 * partial failure (or a crash) applies the rest and changes nothing already applied.
 * Throws when an item fails, after recording the error (`dead` on the last attempt).
 */
export async function processWebhookEvent(eventId: bigint, { lastAttempt = false } = {}): Promise<void> {
  const client = await db();
  const event = await client.webhookEvent.findUnique({ where: { id: eventId }, select: { body: true, status: true } });
  if (!event || FINISHED.has(event.status)) return;

  const parsed = parseNotification(event.body);
  if (!parsed.ok) {
    logger.warn({ eventId, reason: parsed.reason }, "webhook event invalid; kept, not processed");
    await client.webhookEvent.update({ where: { id: eventId }, data: { status: "invalid", lastError: parsed.reason, processedAt: new Date() } });
    return;
  }
  const instagramUserIds = [...new Set(parsed.entries.map((entry) => entry.id))];
  const inboxes = await routeEntries(instagramUserIds);
  const routed = parsed.entries.filter((entry) => inboxes.has(entry.id));
  const unroutable = instagramUserIds.filter((id) => !inboxes.has(id));
  const inboxIds = [...new Set([...inboxes.values()].map((inbox) => inbox.inboxId))];
  if (routed.length === 0) {
    await client.webhookEvent.update({
      where: { id: eventId },
      data: { status: "unroutable", instagramUserIds, inboxIds, lastError: null, processedAt: new Date() },
    });
    return;
  }

  const effects = newEffects();
  try {
    for (const { inbox, raw } of itemsInOrder(routed, inboxes)) {
      const classified = classifyItem(raw);
      if (classified.kind === "ignored") {
        logger.info({ eventId, inboxId: inbox.inboxId, reason: classified.reason }, "webhook item ignored");
        continue;
      }
      const at = metaTime(classified.item.timestamp);
      await client.$transaction((tx) => handleItem({ tx, inbox, at, effects }, classified));
    }
    await client.webhookEvent.update({
      where: { id: eventId },
      data: {
        status: "processed",
        instagramUserIds,
        inboxIds,
        attempts: { increment: 1 },
        lastError: unroutable.length > 0 ? `no inbox for ${unroutable.join(", ")}` : null,
        processedAt: new Date(),
      },
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await client.webhookEvent.update({
      where: { id: eventId },
      data: { status: lastAttempt ? "dead" : "failed", instagramUserIds, inboxIds, attempts: { increment: 1 }, lastError: message.slice(0, 2000) },
    });
    throw error;
  } finally {
    await runEffects(effects);
  }
}

export async function routeEntries(instagramUserIds: string[]): Promise<Map<string, RoutedInbox>> {
  const client = await db();
  const channels = await client.instagramChannel.findMany({
    where: { instagramUserId: { in: instagramUserIds } },
    select: { instagramUserId: true, inbox: { select: { id: true, accountId: true, reopenResolvedConversations: true } } },
  });
  return new Map(
    channels.map(({ instagramUserId, inbox }) => [
      instagramUserId,
      { instagramUserId, inboxId: inbox.id, accountId: inbox.accountId, reopenResolvedConversations: inbox.reopenResolvedConversations },
    ]),
  );
}

/** Every messaging item with its inbox, by Meta's timestamp: deliveries may arrive out of order. */
function itemsInOrder(entries: NotificationEntry[], inboxes: Map<string, RoutedInbox>) {
  const items = entries.flatMap((entry) => {
    if (entry.changes?.length) logger.info({ instagramUserId: entry.id, count: entry.changes.length }, "webhook changes (comments) ignored");
    return (entry.messaging ?? []).map((raw) => ({ inbox: inboxes.get(entry.id)!, raw }));
  });
  const timestamp = (raw: unknown) => (typeof raw === "object" && raw && "timestamp" in raw && typeof raw.timestamp === "number" ? raw.timestamp : 0);
  return items.sort((a, b) => timestamp(a.raw) - timestamp(b.raw));
}
