import { publishConversationChanges } from "@/lib/conversations/conversation-signals";
import { db } from "@/lib/db";
import { enqueueDeliveries, inOrder, type OutgoingMessageJob } from "@/lib/messages/send-reply";

/**
 * Replies written while their inbox needs reauthorization wait (status *waiting*) instead of
 * failing: an administrator can usually fix the token soon. Past this bound, counted from when
 * the reply began to wait (its last update), it fails for the agent to see; by then the
 * customer has waited a day and the messaging window may well have closed.
 */
export const WAITING_LIMIT_MS = 24 * 3_600_000;

/** After a reauthorization: the inbox's waiting replies go out as new attempts, in each conversation in the order written. */
export async function releaseWaitingReplies(inboxId: number): Promise<number> {
  const client = await db();
  const released = await client.message.updateManyAndReturn({
    where: { inboxId, source: "agent", status: "waiting", updatedAt: { gte: new Date(Date.now() - WAITING_LIMIT_MS) } },
    data: { status: "sending", sendAttempt: { increment: 1 } },
    select: { id: true, sendAttempt: true, conversationId: true, conversation: { select: { accountId: true } } },
  });
  const byConversation = new Map<number, OutgoingMessageJob[]>();
  for (const { id, sendAttempt, conversationId } of released.toSorted((a, b) => a.id - b.id)) {
    byConversation.set(conversationId, [...(byConversation.get(conversationId) ?? []), { messageId: id, attempt: sendAttempt }]);
  }
  await enqueueDeliveries([...byConversation.values()].map((jobs) => inOrder(jobs)!));
  await publishConversationChanges(new Map(released.map((reply) => [reply.conversationId, reply.conversation.accountId])));
  return released.length;
}

/** The sweep's part: waiting replies past the bound fail with the reason. */
export async function failExpiredWaitingReplies(now = new Date()): Promise<number> {
  const client = await db();
  const expired = await client.message.updateManyAndReturn({
    where: { source: "agent", status: "waiting", updatedAt: { lt: new Date(now.getTime() - WAITING_LIMIT_MS) } },
    data: { status: "failed", error: "reauthorizationRequired" },
    select: { conversationId: true, conversation: { select: { accountId: true } } },
  });
  await publishConversationChanges(new Map(expired.map((reply) => [reply.conversationId, reply.conversation.accountId])));
  return expired.length;
}
