import { lockCustomer } from "@/lib/conversations/conversation-for-customer";
import { logger } from "@/lib/logger";
import type { MessageItem } from "@/lib/webhooks/classify-item";
import { customerOf, noteChange, type HandlerContext } from "@/lib/webhooks/handlers/context";
import { findMessage } from "@/lib/webhooks/handlers/find-message";

/** The customer unsent a message: the row stays (the thread says it was deleted), its content goes. */
export async function handleUnsend(ctx: HandlerContext, item: MessageItem): Promise<void> {
  await lockCustomer(ctx, customerOf(ctx.inbox, item));
  const message = await findMessage(ctx, item.message.mid);
  if (!message) {
    logger.info({ inboxId: ctx.inbox.inboxId, mid: item.message.mid }, "unsend of a message we never received; ignored");
    return;
  }
  if (message.deletedAt) return;
  await ctx.tx.message.update({ where: { id: message.id }, data: { deletedAt: ctx.at, text: null, details: undefined } });
  await ctx.tx.messageAttachment.deleteMany({ where: { messageId: message.id } });
  noteChange(ctx, message.conversationId);
}
