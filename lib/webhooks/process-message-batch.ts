import { lockCustomers } from "@/lib/conversations/conversation-for-customer";
import type { Tx } from "@/lib/db";
import type { MessageItem } from "@/lib/webhooks/classify-item";
import { attachmentRows } from "@/lib/webhooks/handlers/attachments";
import type { Effects, RoutedInbox } from "@/lib/webhooks/handlers/context";
import { customerMessageFields } from "@/lib/webhooks/handlers/incoming-message";
import { metaTime } from "@/lib/webhooks/notification";

export type BatchMessage = { inbox: RoutedInbox; item: MessageItem };

/**
 * Customers' plain messages of many events in one transaction and a dozen statements, instead of
 * a transaction per message: the same rules as incoming-message.ts (a mid is stored once; a
 * contact and an open conversation per customer; a resolved one reopened or replaced; activity
 * only moves forward), applied set-wise, with the customers locked as one item's handler locks them.
 */
export async function storeCustomerMessages(tx: Tx, messages: BatchMessage[], effects: Effects): Promise<void> {
  if (messages.length === 0) return;
  const key = (inboxId: number, igsid: string) => `${inboxId}:${igsid}`;
  const customers = new Map(messages.map(({ inbox, item }) => [key(inbox.inboxId, item.sender.id), { inbox, igsid: item.sender.id }]));
  await lockCustomers(tx, [...customers.values()].map(({ inbox, igsid }) => ({ inboxId: inbox.inboxId, igsid })));

  const existing = await tx.$queryRaw<{ inboxId: number; mid: string }[]>`
    SELECT "inboxId", mid FROM "Message" m JOIN unnest(${messages.map((m) => m.inbox.inboxId)}::int[], ${messages.map((m) => m.item.message.mid)}::text[]) AS x(i, d)
      ON m."inboxId" = x.i AND m.mid = x.d`;
  const stored = new Set(existing.map((row) => key(row.inboxId, row.mid)));
  const seen = new Set<string>();
  const fresh = messages.filter(({ inbox, item }) => {
    const id = key(inbox.inboxId, item.message.mid);
    if (stored.has(id) || seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  if (fresh.length === 0) return;

  const freshCustomers = [...new Set(fresh.map(({ inbox, item }) => key(inbox.inboxId, item.sender.id)))].map((k) => customers.get(k)!);
  const conversationOf = await openConversations(tx, freshCustomers, fresh, effects);

  const rows = fresh.map(({ inbox, item }) => ({ inbox, at: metaTime(item.timestamp), conversationId: conversationOf.get(key(inbox.inboxId, item.sender.id))!, ...customerMessageFields(item.message) }));
  const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));
  const inserted = await tx.$queryRaw<{ id: number; inboxId: number; mid: string }[]>`
    INSERT INTO "Message" ("conversationId", "inboxId", mid, kind, direction, source, status, text, "sentAt", "replyToMid", "replyToStory", details, unsupported, "updatedAt")
    SELECT c, i, d, 'message', 'incoming', 'contact', 'received', t, s::timestamp, r, rs::jsonb, dt::jsonb, u, now()
    FROM unnest(
      ${rows.map((r) => r.conversationId)}::int[], ${rows.map((r) => r.inbox.inboxId)}::int[], ${rows.map((r) => r.mid)}::text[],
      ${rows.map((r) => r.text)}::text[], ${rows.map((r) => r.at.toISOString())}::text[], ${rows.map((r) => r.replyToMid ?? null)}::text[],
      ${rows.map((r) => json(r.replyToStory))}::text[], ${rows.map((r) => json(r.details))}::text[], ${rows.map((r) => r.unsupported)}::boolean[]
    ) AS x(c, i, d, t, s, r, rs, dt, u)
    ON CONFLICT ("inboxId", mid) DO NOTHING
    RETURNING id, "inboxId", mid`;

  const messageIds = new Map(inserted.map((row) => [key(row.inboxId, row.mid), row.id]));
  const attachments = rows.flatMap((row) => {
    const messageId = messageIds.get(key(row.inbox.inboxId, row.mid));
    return messageId === undefined ? [] : attachmentRows(row.attachments).map((attachment) => ({ messageId, ...attachment }));
  });
  if (attachments.length > 0) {
    const created = await tx.$queryRaw<{ id: number; fileStatus: string }[]>`
      INSERT INTO "MessageAttachment" ("messageId", position, type, "sourceUrl", title, details, "fileStatus", "updatedAt")
      SELECT m, p, t, u, ti, d::jsonb, f::"AttachmentFileStatus", now()
      FROM unnest(
        ${attachments.map((a) => a.messageId)}::int[], ${attachments.map((a) => a.position)}::int[], ${attachments.map((a) => a.type)}::text[],
        ${attachments.map((a) => a.sourceUrl ?? null)}::text[], ${attachments.map((a) => a.title ?? null)}::text[],
        ${attachments.map((a) => json(a.details))}::text[], ${attachments.map((a) => a.fileStatus ?? "none")}::text[]
      ) AS x(m, p, t, u, ti, d, f)
      RETURNING id, "fileStatus"`;
    effects.attachmentIds.push(...created.filter((a) => a.fileStatus === "pending").map((a) => a.id));
  }

  // Each conversation moves to its newest message; only messages (not referrals) open the window.
  const latest = new Map<number, Date>();
  for (const row of rows) if (!(latest.get(row.conversationId)! >= row.at)) latest.set(row.conversationId, row.at);
  await tx.$executeRaw`
    UPDATE "Conversation" c SET
      "lastActivityAt" = GREATEST(c."lastActivityAt", v.at),
      "lastCustomerMessageAt" = GREATEST(COALESCE(c."lastCustomerMessageAt", v.at), v.at),
      "updatedAt" = now()
    FROM (SELECT id, at::timestamp AS at FROM unnest(${[...latest.keys()]}::int[], ${[...latest.values()].map((d) => d.toISOString())}::text[]) AS x(id, at)) v
    WHERE c.id = v.id`;
}

/** The conversation each customer's new messages go to, creating contacts and conversations as needed. */
async function openConversations(tx: Tx, customers: { inbox: RoutedInbox; igsid: string }[], fresh: BatchMessage[], effects: Effects) {
  const inboxIds = customers.map((c) => c.inbox.inboxId);
  const igsids = customers.map((c) => c.igsid);
  const created = await tx.$queryRaw<{ id: number }[]>`
    INSERT INTO "Contact" ("inboxId", igsid, "updatedAt") SELECT i, g, now() FROM unnest(${inboxIds}::int[], ${igsids}::text[]) AS x(i, g)
    ON CONFLICT ("inboxId", igsid) DO NOTHING RETURNING id`;
  effects.newContactIds.push(...created.map((row) => row.id));
  const contacts = await tx.$queryRaw<{ id: number; inboxId: number; igsid: string }[]>`
    SELECT c.id, c."inboxId", c.igsid FROM "Contact" c JOIN unnest(${inboxIds}::int[], ${igsids}::text[]) AS x(i, g) ON c."inboxId" = x.i AND c.igsid = x.g`;
  const latest = await tx.$queryRaw<{ id: number; contactId: number; status: "open" | "resolved" }[]>`
    SELECT DISTINCT ON ("contactId") id, "contactId", status::text AS status FROM "Conversation"
    WHERE "contactId" = ANY(${contacts.map((c) => c.id)}::int[]) ORDER BY "contactId", status ASC, "lastActivityAt" DESC`;
  const latestOf = new Map(latest.map((row) => [row.contactId, row]));
  const inboxOf = new Map(customers.map((c) => [`${c.inbox.inboxId}:${c.igsid}`, c.inbox]));
  const firstAt = new Map<string, Date>();
  for (const { inbox, item } of fresh) {
    const k = `${inbox.inboxId}:${item.sender.id}`;
    const at = metaTime(item.timestamp);
    if (!(firstAt.get(k)! <= at)) firstAt.set(k, at);
  }

  const conversationOf = new Map<string, number>();
  const reopen: number[] = [];
  const toCreate: { k: string; accountId: number; inboxId: number; contactId: number; at: Date }[] = [];
  for (const contact of contacts) {
    const k = `${contact.inboxId}:${contact.igsid}`;
    const inbox = inboxOf.get(k)!;
    const current = latestOf.get(contact.id);
    if (current?.status === "open") conversationOf.set(k, current.id);
    else if (current && inbox.reopenResolvedConversations) {
      reopen.push(current.id);
      conversationOf.set(k, current.id);
    } else toCreate.push({ k, accountId: inbox.accountId, inboxId: inbox.inboxId, contactId: contact.id, at: firstAt.get(k)! });
  }
  if (reopen.length > 0) await tx.$executeRaw`UPDATE "Conversation" SET status = 'open', "updatedAt" = now() WHERE id = ANY(${reopen}::int[])`;
  if (toCreate.length > 0) {
    const rows = await tx.$queryRaw<{ id: number; contactId: number }[]>`
      INSERT INTO "Conversation" ("accountId", "inboxId", "contactId", "lastActivityAt", "updatedAt")
      SELECT a, i, c, l::timestamp, now() FROM unnest(${toCreate.map((c) => c.accountId)}::int[], ${toCreate.map((c) => c.inboxId)}::int[],
        ${toCreate.map((c) => c.contactId)}::int[], ${toCreate.map((c) => c.at.toISOString())}::text[]) AS x(a, i, c, l)
      RETURNING id, "contactId"`;
    const byContact = new Map(rows.map((row) => [row.contactId, row.id]));
    for (const item of toCreate) conversationOf.set(item.k, byContact.get(item.contactId)!);
  }
  for (const [k, conversationId] of conversationOf) effects.conversations.set(conversationId, inboxOf.get(k)!.accountId);
  return conversationOf;
}
