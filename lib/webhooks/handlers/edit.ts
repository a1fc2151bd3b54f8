import { lockCustomer } from "@/lib/conversations/conversation-for-customer";
import type { EditItem } from "@/lib/webhooks/classify-item";
import { customerOf, noteChange, type HandlerContext } from "@/lib/webhooks/handlers/context";
import { findMessage } from "@/lib/webhooks/handlers/find-message";
import { createCustomerMessage } from "@/lib/webhooks/handlers/incoming-message";

/**
 * An edited message. Edits apply in order of `num_edit`, so a late or repeated one changes
 * nothing. An edit of a message we never saw is stored as that message: in development mode
 * Meta delivers new messages as edits with `num_edit: 0`.
 */
export async function handleEdit(ctx: HandlerContext, item: EditItem): Promise<void> {
  const igsid = customerOf(ctx.inbox, item);
  const { mid, text, num_edit: editCount } = item.message_edit;
  await lockCustomer(ctx, igsid);
  const message = await findMessage(ctx, mid);
  if (!message) {
    // Only a customer's message can stand in for one we missed.
    if (item.sender.id === ctx.inbox.instagramUserId) return;
    await createCustomerMessage(ctx, igsid, { mid, text: text ?? null, editCount, editedAt: editCount > 0 ? ctx.at : null });
    return;
  }
  if (message.deletedAt || editCount <= message.editCount) return;
  await ctx.tx.message.update({ where: { id: message.id }, data: { text: text ?? null, editCount, editedAt: ctx.at } });
  noteChange(ctx, message.conversationId);
}
