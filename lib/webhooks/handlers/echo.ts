import { conversationForCustomer, lockCustomer, touchConversation } from "@/lib/conversations/conversation-for-customer";
import type { MessageItem } from "@/lib/webhooks/classify-item";
import { attachmentRows, pendingDownloads } from "@/lib/webhooks/handlers/attachments";
import type { HandlerContext } from "@/lib/webhooks/handlers/context";
import { replyFields } from "@/lib/webhooks/handlers/incoming-message";

/** How long a reply of ours may wait for the Send API's answer and still claim its echo. */
export const ECHO_MATCH_WINDOW_MS = 10 * 60_000;

/**
 * A message the business sent (§7a): ours, echoed back, or typed in the Instagram app. Ours are
 * recognised by `mid` once the Send API has answered; an echo that overtakes that answer claims
 * the oldest of our replies still being sent with the same text (record-sent-message.ts settles
 * the rare mix-up between two identical replies). Anything else becomes a reply "sent from the
 * Instagram app". Never duplicated, whichever arrives first.
 */
export async function handleEcho(ctx: HandlerContext, item: MessageItem): Promise<void> {
  const { tx, inbox, at } = ctx;
  const igsid = item.recipient.id;
  const { mid } = item.message;
  await lockCustomer(ctx, igsid);
  const existing = await tx.message.findUnique({ where: { inboxId_mid: { inboxId: inbox.inboxId, mid } }, select: { id: true } });
  if (existing) return;
  const { conversationId } = await conversationForCustomer(ctx, igsid);
  const ours = await tx.message.findFirst({
    where: {
      conversationId,
      source: "agent",
      mid: null,
      // Or given up on in doubt: the echo proves Meta delivered it after all.
      OR: [{ status: "sending" }, { status: "failed", error: { in: ["deliveryUncertain", "metaUnavailable"] } }],
      text: item.message.text ?? null,
      createdAt: { gte: new Date(Date.now() - ECHO_MATCH_WINDOW_MS) },
    },
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
  if (ours) {
    await tx.message.update({ where: { id: ours.id }, data: { mid, status: "sent", error: null } });
    return;
  }
  const created = await tx.message.create({
    data: {
      conversationId,
      inboxId: inbox.inboxId,
      mid,
      direction: "outgoing",
      source: "instagram_app",
      status: "sent",
      text: item.message.text ?? null,
      sentAt: at,
      ...replyFields(item.message),
      attachments: { create: attachmentRows(item.message.attachments) },
    },
    select: { attachments: { select: { id: true, fileStatus: true } } },
  });
  ctx.effects.attachmentIds.push(...pendingDownloads(created.attachments));
  await touchConversation(ctx, conversationId, { fromCustomer: false });
}
