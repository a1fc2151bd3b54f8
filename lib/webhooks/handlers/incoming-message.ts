import type { Prisma } from "@/lib/generated/prisma/client";
import { conversationForCustomer, lockCustomer, touchConversation } from "@/lib/conversations/conversation-for-customer";
import type { Attachment, IncomingMessage, MessageItem } from "@/lib/webhooks/classify-item";
import { attachmentRows, pendingDownloads } from "@/lib/webhooks/handlers/attachments";
import type { HandlerContext } from "@/lib/webhooks/handlers/context";

/**
 * A customer's message: text, attachments, a reply to a message or to a story, a quick-reply
 * tap, an ad referral, or a kind the API cannot deliver. A redelivery (same mid) changes nothing.
 */
export async function handleIncomingMessage(ctx: HandlerContext, item: MessageItem): Promise<void> {
  const igsid = item.sender.id;
  await lockCustomer(ctx, igsid);
  await createCustomerMessage(ctx, igsid, customerMessageFields(item.message));
}

/** What a customer's message stores, in either path (one item here, a batch in process-message-batch.ts). */
export function customerMessageFields(message: IncomingMessage) {
  return {
    mid: message.mid,
    text: message.text ?? null,
    unsupported: message.is_unsupported ?? false,
    ...replyFields(message),
    details: messageDetails(message),
    attachments: [...(message.attachments ?? []), ...storyReplyMedia(message)],
  };
}

/**
 * The story a customer replied to is copied like an attachment: its URL expires with the story.
 * Without a URL (the story is gone already) it is kept all the same, so that the thread says so.
 */
function storyReplyMedia(message: IncomingMessage): Attachment[] {
  const story = (message.reply_to as { story?: { url?: string; id: string } } | undefined)?.story;
  return story ? [{ type: "story_reply", payload: { ...(story.url ? { url: story.url } : {}), story_id: story.id } }] : [];
}

type CustomerMessage = Omit<Prisma.MessageUncheckedCreateInput, "conversationId" | "inboxId" | "direction" | "source" | "status" | "sentAt" | "attachments"> & {
  mid: string;
  attachments?: MessageItem["message"]["attachments"];
};

/** Stores a message from the customer once per mid; call with the customer locked. */
export async function createCustomerMessage(ctx: HandlerContext, igsid: string, { attachments, ...message }: CustomerMessage): Promise<void> {
  const { tx, inbox, at } = ctx;
  const existing = await tx.message.findUnique({ where: { inboxId_mid: { inboxId: inbox.inboxId, mid: message.mid } }, select: { id: true } });
  if (existing) return;
  const { conversationId } = await conversationForCustomer(ctx, igsid);
  const created = await tx.message.create({
    data: {
      ...message,
      conversationId,
      inboxId: inbox.inboxId,
      direction: "incoming",
      source: "contact",
      status: "received",
      sentAt: at,
      attachments: { create: attachmentRows(attachments) },
    },
    select: { attachments: { select: { id: true, fileStatus: true } } },
  });
  ctx.effects.attachmentIds.push(...pendingDownloads(created.attachments));
  // A message or a button tap opens the messaging window; a referral notice does not.
  await touchConversation(ctx, conversationId, { fromCustomer: message.kind !== "referral" });
}

export function replyFields(message: IncomingMessage): Pick<Prisma.MessageUncheckedCreateInput, "replyToMid" | "replyToStory"> {
  const replyTo = message.reply_to;
  if (!replyTo) return {};
  if (typeof replyTo.mid === "string") return { replyToMid: replyTo.mid };
  const { story } = replyTo as { story: { id: string; url?: string } };
  return { replyToStory: { id: story.id, url: story.url ?? null } };
}

function messageDetails(message: IncomingMessage): Prisma.InputJsonObject | undefined {
  const details: Record<string, Prisma.InputJsonValue> = {};
  if (message.quick_reply) details.quickReply = message.quick_reply.payload;
  if (message.referral) details.referral = message.referral as Prisma.InputJsonObject;
  return Object.keys(details).length > 0 ? details : undefined;
}
