import { db } from "@/lib/db";
import { enqueueWebhookEvents } from "@/lib/webhooks/enqueue-webhook-events";

/** Statuses a super admin may send through the worker again. */
export const REPLAYABLE_STATUSES = ["dead", "unroutable"] as const;

/**
 * Puts events back to pending and queues them under a new job id (the replay count is part of
 * it). Processing is idempotent, so a replay never doubles a message. Returns how many events
 * were replayed.
 */
export async function replayWebhookEvents(selection: { ids: bigint[] } | { allDead: true }): Promise<number> {
  const client = await db();
  const where =
    "ids" in selection ? { id: { in: selection.ids }, status: { in: [...REPLAYABLE_STATUSES] } } : { status: "dead" as const };
  const events = await client.$transaction(async (tx) => {
    const found = await tx.webhookEvent.findMany({ where, select: { id: true, receivedAt: true, replays: true } });
    if (found.length === 0) return [];
    await tx.webhookEvent.updateMany({
      where: { id: { in: found.map((event) => event.id) } },
      data: { status: "pending", attempts: 0, replays: { increment: 1 } },
    });
    return found.map((event) => ({ id: event.id, receivedAt: event.receivedAt, replay: event.replays + 1 }));
  });
  // Grouped by replay count, since it is part of each job's id.
  for (const replay of new Set(events.map((event) => event.replay))) {
    await enqueueWebhookEvents(events.filter((event) => event.replay === replay), replay);
  }
  return events.length;
}
