import { lockCustomer } from "@/lib/conversations/conversation-for-customer";
import type { ReactionItem } from "@/lib/webhooks/classify-item";
import { customerOf, noteChange, type HandlerContext } from "@/lib/webhooks/handlers/context";
import { findMessage } from "@/lib/webhooks/handlers/find-message";

/**
 * React and unreact. One row per message and reactor; an unreact clears its emoji rather than
 * deleting it, so that of two events arriving out of order the later one by Meta's clock wins.
 */
export async function handleReaction(ctx: HandlerContext, item: ReactionItem): Promise<void> {
  const { tx, at } = ctx;
  await lockCustomer(ctx, customerOf(ctx.inbox, item));
  const message = await findMessage(ctx, item.reaction.mid);
  if (!message) return;
  const reactorId = item.sender.id;
  const value =
    item.reaction.action === "react"
      ? { reaction: item.reaction.reaction ?? null, emoji: item.reaction.emoji ?? null, eventAt: at }
      : { reaction: null, emoji: null, eventAt: at };
  const current = await tx.messageReaction.findUnique({ where: { messageId_reactorId: { messageId: message.id, reactorId } } });
  if (!current) await tx.messageReaction.create({ data: { messageId: message.id, reactorId, ...value } });
  else if (current.eventAt <= at) await tx.messageReaction.update({ where: { id: current.id }, data: value });
  else return;
  noteChange(ctx, message.conversationId);
}
