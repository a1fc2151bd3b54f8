import { z } from "zod";
import { listVisibleInboxes, visibleConversations, type Viewer } from "@/lib/conversations/visible-inboxes";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export const PAGE_SIZE = 30;

/** The list's filters, as the URL and the API take them. */
export const conversationFiltersSchema = z.object({
  status: z.enum(["open", "resolved", "all"]).default("open"),
  assignee: z.enum(["me", "unassigned", "all"]).default("all"),
  inbox: z.coerce.number().int().positive().optional(),
  q: z.string().trim().max(200).optional(),
  cursor: z.string().max(100).optional(),
});
export type ConversationFilters = z.infer<typeof conversationFiltersSchema>;

// The position after the last row of a page: its activity time and id (the order's tie-breaker).
const encodeCursor = (row: { lastActivityAt: Date; id: number }) => Buffer.from(`${row.lastActivityAt.toISOString()}|${row.id}`).toString("base64url");

function decodeCursor(cursor: string): { lastActivityAt: Date; id: number } | null {
  const [at, id] = Buffer.from(cursor, "base64url").toString().split("|");
  const lastActivityAt = new Date(at ?? "");
  return Number.isNaN(lastActivityAt.getTime()) || !/^\d+$/.test(id ?? "") ? null : { lastActivityAt, id: Number(id) };
}

/** Beyond this many matching rows a term is common: checking the newest conversations will do. Tests lower it. */
export const searchTuning = { rareTermRows: 2_000 };

const likePattern = (term: string) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Name, @username or message text containing the term. A rare term is looked up through the
 * trigram indexes first (a few thousand rows at most), then only those conversations are
 * considered. A common one would make that lookup read a large share of all messages; instead
 * the conversations are checked newest first, which finds a page of them after a few dozen.
 */
async function searchCondition(viewer: Viewer, filters: ConversationFilters & { q: string }): Promise<Prisma.ConversationWhereInput> {
  const pattern = likePattern(filters.q);
  const client = await db();
  const inboxIds = (await listVisibleInboxes(viewer)).map((inbox) => inbox.id);
  const [contacts, messages] = await Promise.all([
    client.$queryRaw<{ id: number }[]>`
      SELECT id FROM "Contact" WHERE "inboxId" = ANY(${inboxIds}::int[]) AND (name ILIKE ${pattern} OR username ILIKE ${pattern})
      LIMIT ${searchTuning.rareTermRows}`,
    client.$queryRaw<{ id: number }[]>`
      SELECT "conversationId" AS id FROM "Message" WHERE "inboxId" = ANY(${inboxIds}::int[]) AND text ILIKE ${pattern}
      LIMIT ${searchTuning.rareTermRows}`,
  ]);
  const ids = (rows: { id: number }[]) => [...new Set(rows.map((row) => row.id))];
  if (contacts.length < searchTuning.rareTermRows && messages.length < searchTuning.rareTermRows) return { OR: [{ contactId: { in: ids(contacts) } }, { id: { in: ids(messages) } }] };
  return { id: { in: await newestMatching(viewer, inboxIds, filters, pattern) } };
}

/** The next page's conversations containing a common term, in the list's order (see searchCondition). */
async function newestMatching(viewer: Viewer, inboxIds: number[], filters: ConversationFilters, pattern: string): Promise<number[]> {
  const client = await db();
  const after = filters.cursor ? decodeCursor(filters.cursor) : null;
  // Columns are UTC timestamps without a zone: compare with the same, whatever the session's zone.
  const afterAt = after ? after.lastActivityAt.toISOString().replace("Z", "") : null;
  const rows = await client.$queryRaw<{ id: number }[]>`
    SELECT c.id FROM "Conversation" c
    WHERE c."accountId" = ${viewer.accountId} AND c."inboxId" = ANY(${filters.inbox ? inboxIds.filter((id) => id === filters.inbox) : inboxIds}::int[])
      AND (${filters.status} = 'all' OR c.status::text = ${filters.status})
      AND (${filters.assignee} <> 'me' OR c."assigneeId" = ${viewer.userId})
      AND (${filters.assignee} <> 'unassigned' OR c."assigneeId" IS NULL)
      AND (${afterAt}::timestamp IS NULL OR (c."lastActivityAt", c.id) < (${afterAt}::timestamp, ${after?.id ?? 0}))
      AND (
        -- OFFSET 0 keeps these as per-row checks: the planner would otherwise read every match first.
        EXISTS (SELECT 1 FROM "Message" m WHERE m."conversationId" = c.id AND m.text ILIKE ${pattern} OFFSET 0)
        OR EXISTS (SELECT 1 FROM "Contact" ct WHERE ct.id = c."contactId" AND (ct.name ILIKE ${pattern} OR ct.username ILIKE ${pattern}) OFFSET 0)
      )
    ORDER BY c."lastActivityAt" DESC, c.id DESC
    LIMIT ${PAGE_SIZE + 1}`;
  return rows.map((row) => row.id);
}

async function whereFor(viewer: Viewer, filters: ConversationFilters): Promise<Prisma.ConversationWhereInput> {
  const and: Prisma.ConversationWhereInput[] = [visibleConversations(viewer)];
  if (filters.status !== "all") and.push({ status: filters.status });
  if (filters.assignee === "me") and.push({ assigneeId: viewer.userId });
  if (filters.assignee === "unassigned") and.push({ assigneeId: null });
  if (filters.inbox) and.push({ inboxId: filters.inbox });
  if (filters.q) and.push(await searchCondition(viewer, { ...filters, q: filters.q }));
  const after = filters.cursor ? decodeCursor(filters.cursor) : null;
  if (after) and.push({ OR: [{ lastActivityAt: { lt: after.lastActivityAt } }, { lastActivityAt: after.lastActivityAt, id: { lt: after.id } }] });
  return { AND: and };
}

/**
 * One page of the viewer's conversations, most recent activity first, with what the list shows
 * of each and how many customer messages arrived since the viewer last opened it.
 */
export async function listConversations(viewer: Viewer, filters: ConversationFilters = conversationFiltersSchema.parse({})) {
  const client = await db();
  const rows = await client.conversation.findMany({
    where: await whereFor(viewer, filters),
    orderBy: [{ lastActivityAt: "desc" }, { id: "desc" }],
    take: PAGE_SIZE + 1,
    select: {
      id: true,
      status: true,
      lastActivityAt: true,
      inbox: { select: { id: true, name: true } },
      assignee: { select: { id: true, name: true } },
      contact: { select: { id: true, igsid: true, name: true, username: true, avatarPath: true } },
      messages: {
        orderBy: [{ sentAt: "desc" }, { id: "desc" }],
        take: 1,
        select: { text: true, direction: true, kind: true, deletedAt: true, unsupported: true, attachments: { select: { type: true }, take: 1 } },
      },
    },
  });
  const page = rows.slice(0, PAGE_SIZE);
  const unread = await unreadCounts(viewer.userId, page.map((row) => row.id));
  return {
    conversations: page.map(({ messages, ...conversation }) => ({ ...conversation, lastMessage: messages[0] ?? null, unread: unread.get(conversation.id) ?? 0 })),
    nextCursor: rows.length > PAGE_SIZE ? encodeCursor(page[page.length - 1]!) : null,
  };
}

/** Customer messages stored after the viewer's last look (all of them if they never looked). */
async function unreadCounts(userId: number, conversationIds: number[]): Promise<Map<number, number>> {
  if (conversationIds.length === 0) return new Map();
  const client = await db();
  const rows = await client.$queryRaw<{ id: number; unread: number }[]>`
    SELECT m."conversationId" AS id, count(*)::int AS unread
    FROM "Message" m
    LEFT JOIN "ConversationRead" r ON r."conversationId" = m."conversationId" AND r."userId" = ${userId}
    WHERE m."conversationId" = ANY(${conversationIds}::int[]) AND m.direction = 'incoming'
      AND (r."lastReadAt" IS NULL OR m."createdAt" > r."lastReadAt")
    GROUP BY m."conversationId"`;
  return new Map(rows.map((row) => [row.id, row.unread]));
}

/** The viewer has now seen everything in the conversation. */
export async function markConversationRead(userId: number, conversationId: number): Promise<void> {
  const client = await db();
  const now = new Date();
  await client.conversationRead.upsert({
    where: { conversationId_userId: { conversationId, userId } },
    create: { conversationId, userId, lastReadAt: now },
    update: { lastReadAt: now },
  });
}

export type ConversationPage = Awaited<ReturnType<typeof listConversations>>;
export type ConversationSummary = ConversationPage["conversations"][number];
