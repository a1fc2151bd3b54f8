import { db } from "@/lib/db";
import { countRemovalItems, removeContacts, removeConversations, removeMessages } from "@/lib/inboxes/removal-batches";
import { queue, QUEUES } from "@/lib/jobs/queue";
import { logger } from "@/lib/logger";

export type InboxRemovalJob = { inboxId: number };

/** How long one job works before handing over to the next; well within the queue's 120 s lease. Tests lower it. */
export const removalChunk = { ms: 20_000 };

/**
 * Queues the removal of inboxes already marked as being removed. Jobs are keyed by inbox and
 * the queue's policy keeps at most one queued and one running per key, so the action, the sweep
 * and a job handing over to the next can all call this without a removal running twice at once.
 * (Not a derived job id: an id once used, even by a job that failed for good, would refuse the
 * sweep's later attempt.)
 */
export async function enqueueInboxRemovals(inboxIds: number[], { startAfterSeconds = 0 } = {}): Promise<void> {
  if (inboxIds.length === 0) return;
  const boss = await queue();
  const startAfter = new Date(Date.now() + startAfterSeconds * 1000);
  await boss.insert(QUEUES.inboxRemovals, inboxIds.map((inboxId) => ({ singletonKey: `inbox-${inboxId}`, startAfter, data: { inboxId } satisfies InboxRemovalJob })));
}

/**
 * Deletes a removed inbox's messages (and files), conversations and contacts (and pictures) in
 * batches, recording progress after each, then the inbox itself (with its members, and whatever
 * arrived meanwhile, by cascade). Stops after `removalChunk.ms` and queues the rest, so that no
 * job holds its lease for long; a crashed or retried job resumes from what is left.
 */
export async function removeInboxData({ inboxId }: InboxRemovalJob): Promise<void> {
  const client = await db();
  const inbox = await client.inbox.findUnique({ where: { id: inboxId }, select: { removalStartedAt: true, removalTotal: true } });
  if (!inbox?.removalStartedAt) return;
  if (inbox.removalTotal === null) {
    await client.inbox.update({ where: { id: inboxId }, data: { removalTotal: await countRemovalItems(inboxId) } });
  }
  const deadline = performance.now() + removalChunk.ms;
  for (const removeBatch of [removeMessages, removeConversations, removeContacts]) {
    while ((await removeBatch(inboxId)) > 0) {
      if (performance.now() < deadline) continue;
      await enqueueInboxRemovals([inboxId]);
      return;
    }
  }
  await client.inbox.deleteMany({ where: { id: inboxId } });
  logger.info({ inboxId, seconds: Math.round((Date.now() - inbox.removalStartedAt.getTime()) / 1000) }, "inbox removed");
}
