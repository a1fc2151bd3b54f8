import type { Tx } from "@/lib/db";
import { noteChange, type HandlerContext } from "@/lib/webhooks/handlers/context";

/**
 * Serialises all work on these customers of an inbox until the transaction ends, across
 * processes: a contact, its open conversation and its messages are created once even when two
 * workers hold events of the same customer. Locks are taken in one fixed order, so two
 * transactions that lock several customers never deadlock.
 */
export async function lockCustomers(tx: Tx, customers: { inboxId: number; igsid: string }[]): Promise<void> {
  const keys = [...new Set(customers.map(({ inboxId, igsid }) => `customer:${inboxId}:${igsid}`))].sort();
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(k, 0)) FROM unnest(${keys}::text[]) WITH ORDINALITY AS l(k, n) ORDER BY n`;
}

/** The one customer a webhook item is about. */
export const lockCustomer = ({ tx, inbox }: HandlerContext, igsid: string) => lockCustomers(tx, [{ inboxId: inbox.inboxId, igsid }]);

/**
 * The contact (created on first contact) and the conversation a new message of theirs
 * belongs to: the open one; else the last resolved one reopened, or a new one when the inbox
 * starts a new conversation instead. Call with the customer locked.
 */
export async function conversationForCustomer(ctx: HandlerContext, igsid: string): Promise<{ contactId: number; conversationId: number }> {
  const { tx, inbox, effects } = ctx;
  let contact = await tx.contact.findUnique({ where: { inboxId_igsid: { inboxId: inbox.inboxId, igsid } }, select: { id: true } });
  if (!contact) {
    contact = await tx.contact.create({ data: { inboxId: inbox.inboxId, igsid }, select: { id: true } });
    effects.newContactIds.push(contact.id);
  }
  const latest = await tx.conversation.findFirst({
    where: { contactId: contact.id },
    orderBy: [{ status: "asc" }, { lastActivityAt: "desc" }], // an open one first
    select: { id: true, status: true },
  });
  let conversationId: number;
  if (latest?.status === "open") conversationId = latest.id;
  else if (latest && inbox.reopenResolvedConversations) {
    await tx.conversation.update({ where: { id: latest.id }, data: { status: "open" } });
    conversationId = latest.id;
  } else {
    const created = await tx.conversation.create({
      data: { accountId: inbox.accountId, inboxId: inbox.inboxId, contactId: contact.id, lastActivityAt: ctx.at },
      select: { id: true },
    });
    conversationId = created.id;
  }
  noteChange(ctx, conversationId);
  return { contactId: contact.id, conversationId };
}

/** Moves the conversation's activity forward (never back: events arrive out of order). */
export async function touchConversation({ tx, at }: HandlerContext, conversationId: number, options: { fromCustomer: boolean }): Promise<void> {
  await tx.$executeRaw`
    UPDATE "Conversation" SET
      "lastActivityAt" = GREATEST("lastActivityAt", ${at}),
      "lastCustomerMessageAt" = CASE WHEN ${options.fromCustomer} THEN GREATEST(COALESCE("lastCustomerMessageAt", ${at}), ${at}) ELSE "lastCustomerMessageAt" END,
      "updatedAt" = now()
    WHERE id = ${conversationId}`;
}
