import { lockCustomer } from "@/lib/conversations/conversation-for-customer";
import type { ReadItem } from "@/lib/webhooks/classify-item";
import { customerOf, noteChange, type HandlerContext } from "@/lib/webhooks/handlers/context";
import { findMessage } from "@/lib/webhooks/handlers/find-message";

/** The customer saw our messages up to `read.mid` (or, for one we do not know, up to the event). */
export async function handleRead(ctx: HandlerContext, item: ReadItem): Promise<void> {
  const { tx, inbox, at } = ctx;
  const igsid = customerOf(inbox, item);
  await lockCustomer(ctx, igsid);
  const seen = await findMessage(ctx, item.read.mid);
  const contact = await tx.contact.findUnique({ where: { inboxId_igsid: { inboxId: inbox.inboxId, igsid } }, select: { id: true } });
  if (!contact) return;
  const upTo = seen?.sentAt ?? at;
  const conversations = await tx.conversation.findMany({ where: { contactId: contact.id }, select: { id: true } });
  const { count } = await tx.message.updateMany({
    where: { conversationId: { in: conversations.map((c) => c.id) }, direction: "outgoing", readAt: null, sentAt: { lte: upTo }, status: "sent" },
    data: { readAt: at },
  });
  if (count === 0) return;
  for (const conversation of conversations) noteChange(ctx, conversation.id);
}
