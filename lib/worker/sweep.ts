import { enqueueAttachmentDownloads } from "@/lib/attachments/download-attachment";
import { enqueueProfileLookups } from "@/lib/contacts/fetch-contact-profile";
import { db } from "@/lib/db";
import { enqueueInboxRemovals } from "@/lib/inboxes/remove-inbox-data";
import { logger } from "@/lib/logger";
import { enqueueDeliveries } from "@/lib/messages/send-reply";
import { failExpiredWaitingReplies } from "@/lib/messages/waiting-replies";
import { sweepPendingWebhookEvents } from "@/lib/webhooks/enqueue-webhook-events";

const FOLLOW_UP_GRACE_MS = 5 * 60_000;
const REPLY_GRACE_MS = 60_000;
/** Longer than a reply's retries take (queue.ts): one still sending then has lost its job for good. */
const REPLY_GIVE_UP_MS = 30 * 60_000;

/**
 * Work that was stored but whose job never made it to the queue (the process stopped in
 * between, or the queue was down): webhook events, attachments to copy, profiles to fetch,
 * replies to send. Queued again under the same job ids, so whatever is already queued is not
 * doubled. A reply still sending long after its last retry is marked failed, for the agent to
 * retry, and so is one that waited too long for its inbox's reauthorization. Inboxes being
 * removed are queued again too (their queue keeps one job per inbox), which also resumes a
 * removal whose job failed for good.
 */
export async function sweep({ atStart = false } = {}): Promise<void> {
  try {
    const events = await sweepPendingWebhookEvents(atStart ? 0 : 30_000);
    const client = await db();
    const before = new Date(Date.now() - FOLLOW_UP_GRACE_MS);
    const [attachments, contacts] = await Promise.all([
      client.messageAttachment.findMany({ where: { fileStatus: "pending", createdAt: { lt: before } }, select: { id: true }, take: 1_000 }),
      client.contact.findMany({ where: { profileFetchedAt: null, profileError: null, createdAt: { lt: before } }, select: { id: true }, take: 1_000 }),
    ]);
    await enqueueAttachmentDownloads(attachments.map(({ id }) => id));
    await enqueueProfileLookups(contacts.map(({ id }) => id));
    await sweepReplies();
    await failExpiredWaitingReplies();
    const removals = await client.inbox.findMany({ where: { removalStartedAt: { not: null } }, select: { id: true }, take: 1_000 });
    await enqueueInboxRemovals(removals.map(({ id }) => id));
    if (events > 0) logger.info({ events }, "queued stored webhook events that had no job");
  } catch (error) {
    logger.warn({ err: error }, "sweep failed; the next one tries again");
  }
}

async function sweepReplies(): Promise<void> {
  const client = await db();
  const sending = { source: "agent", status: "sending", mid: null } as const;
  await client.message.updateMany({
    where: { ...sending, updatedAt: { lt: new Date(Date.now() - REPLY_GIVE_UP_MS) } },
    data: { status: "failed", error: "metaUnavailable" },
  });
  const replies = await client.message.findMany({
    where: { ...sending, updatedAt: { lt: new Date(Date.now() - REPLY_GRACE_MS) } },
    select: { id: true, sendAttempt: true },
    take: 1_000,
  });
  await enqueueDeliveries(replies.map(({ id, sendAttempt }) => ({ messageId: id, attempt: sendAttempt })));
}
