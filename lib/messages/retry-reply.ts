import { publishConversationChange } from "@/lib/conversations/conversation-signals";
import { visibleConversations, type Viewer } from "@/lib/conversations/visible-inboxes";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { enqueueDeliveries } from "@/lib/messages/send-reply";

/** *Retry* on a failed reply: the same message, sending again as a new attempt. */
export async function retryReply(viewer: Viewer, messageId: number): Promise<void> {
  const client = await db();
  const message = await client.message.findFirst({
    where: { id: messageId, source: "agent", conversation: visibleConversations(viewer) },
    select: { status: true, conversation: { select: { id: true, accountId: true, inbox: { select: { channel: { select: { reauthorizationRequired: true } } } } } } },
  });
  if (!message) throw new AppError("NOT_FOUND");
  if (message.conversation.inbox.channel?.reauthorizationRequired !== false) throw new AppError("REAUTHORIZATION_REQUIRED");
  const { count } = await client.message.updateMany({
    where: { id: messageId, status: "failed" },
    data: { status: "sending", error: null, sendAttempt: { increment: 1 } },
  });
  if (count === 0) throw new AppError("NOT_RETRYABLE");
  const { sendAttempt } = await client.message.findUniqueOrThrow({ where: { id: messageId }, select: { sendAttempt: true } });
  await enqueueDeliveries([{ messageId, attempt: sendAttempt }]);
  await publishConversationChange(message.conversation);
}
