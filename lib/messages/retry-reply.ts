import { publishConversationChange } from "@/lib/conversations/conversation-signals";
import { visibleConversations, type Viewer } from "@/lib/conversations/visible-inboxes";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { enqueueDeliveries } from "@/lib/messages/send-reply";

/** *Retry* on a failed reply: the same message, sending again as a new attempt (or waiting for reauthorization). */
export async function retryReply(viewer: Viewer, messageId: number): Promise<void> {
  const client = await db();
  const message = await client.message.findFirst({
    where: { id: messageId, source: "agent", conversation: visibleConversations(viewer) },
    select: { status: true, conversation: { select: { id: true, accountId: true, inbox: { select: { channel: { select: { reauthorizationRequired: true } } } } } } },
  });
  if (!message) throw new AppError("NOT_FOUND");
  const channel = message.conversation.inbox.channel;
  if (!channel) throw new AppError("NOT_FOUND");
  const [retried] = await client.message.updateManyAndReturn({
    where: { id: messageId, status: "failed" },
    data: channel.reauthorizationRequired ? { status: "waiting", error: null } : { status: "sending", error: null, sendAttempt: { increment: 1 } },
    select: { status: true, sendAttempt: true },
  });
  if (!retried) throw new AppError("NOT_RETRYABLE");
  if (retried.status === "sending") await enqueueDeliveries([{ messageId, attempt: retried.sendAttempt }]);
  await publishConversationChange(message.conversation);
}
