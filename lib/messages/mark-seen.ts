import { visibleConversations, type Viewer } from "@/lib/conversations/visible-inboxes";
import { db } from "@/lib/db";
import { MetaRequestError } from "@/lib/instagram/meta-error";
import { metaRequest } from "@/lib/instagram/meta-http";
import { sendApiUrl, settleSendFailure } from "@/lib/instagram/send-api";
import { channelToken } from "@/lib/instagram/token-purpose";
import { jobId, queue, QUEUES } from "@/lib/jobs/queue";
import { logger } from "@/lib/logger";
import { messagingWindow } from "@/lib/messages/messaging-window";
import { getInstagramSettings } from "@/lib/settings/instagram-settings";
import type { JobAttempt } from "@/lib/worker/work-in-batches";

/** Tells Instagram the business saw the customer's messages up to `messageId` (their latest). */
export type MarkSeenJob = { markSeen: true; messageId: number };

/**
 * Someone who may see the conversation has it open: if its inbox opted in (the request syntax is
 * unverified for Instagram Login, instagram-platform.md §8) and the window is open, queue one
 * `mark_seen` per latest customer message (the job id is derived from it, so every agent and
 * every re-render after it queues nothing more). Best effort: never throws, for the page's sake.
 */
export async function requestMarkSeen(viewer: Viewer, conversationId: number): Promise<boolean> {
  try {
    const client = await db();
    const conversation = await client.conversation.findFirst({
      // AND, not a spread: the visibility rule has an `inbox` condition of its own.
      where: { id: conversationId, AND: [visibleConversations(viewer), { inbox: { sendMarkSeen: true, channel: { reauthorizationRequired: false } } }] },
      select: {
        lastCustomerMessageAt: true,
        messages: { where: { direction: "incoming", kind: "message", mid: { not: null } }, orderBy: [{ sentAt: "desc" }, { id: "desc" }], take: 1, select: { id: true } },
      },
    });
    const latest = conversation?.messages[0];
    if (!latest || messagingWindow(conversation.lastCustomerMessageAt, false).state !== "open") return false;
    const boss = await queue();
    await boss.insert(QUEUES.senderActions, [{ id: jobId("mark-seen", latest.id), data: { markSeen: true, messageId: latest.id } satisfies MarkSeenJob }]);
    return true;
  } catch (error) {
    logger.warn({ conversationId, error: (error as Error).message }, "mark_seen not queued");
    return false;
  }
}

/** The worker's half: POST `sender_action: mark_seen`; a refusal is logged, a dead token flags the inbox. */
export async function deliverMarkSeen({ messageId }: MarkSeenJob, { lastAttempt }: JobAttempt): Promise<void> {
  const client = await db();
  const message = await client.message.findUnique({
    where: { id: messageId },
    select: { conversation: { select: { contact: { select: { igsid: true } }, inbox: { select: { channel: true } } } } },
  });
  const channel = message?.conversation.inbox.channel;
  if (!message || !channel || channel.reauthorizationRequired) return;
  const { apiVersion } = await getInstagramSettings();
  try {
    await metaRequest(sendApiUrl(apiVersion.value, channel.instagramUserId), {
      method: "POST",
      token: channelToken(channel),
      json: { recipient: { id: message.conversation.contact.igsid }, sender_action: "mark_seen" },
    });
  } catch (error) {
    const meta = error instanceof MetaRequestError ? error.meta : undefined;
    await settleSendFailure(meta, { unanswered: "unknown", channelId: channel.id, lastAttempt, context: { messageId }, what: "mark_seen not sent" });
  }
}
