import { z } from "zod";
import { visibleConversations, type Viewer } from "@/lib/conversations/visible-inboxes";
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

function whereFor(viewer: Viewer, filters: ConversationFilters): Prisma.ConversationWhereInput {
  const and: Prisma.ConversationWhereInput[] = [visibleConversations(viewer)];
  if (filters.status !== "all") and.push({ status: filters.status });
  if (filters.assignee === "me") and.push({ assigneeId: viewer.userId });
  if (filters.assignee === "unassigned") and.push({ assigneeId: null });
  if (filters.inbox) and.push({ inboxId: filters.inbox });
  if (filters.q) {
    const contains = { contains: filters.q, mode: "insensitive" } as const;
    and.push({ OR: [{ contact: { name: contains } }, { contact: { username: contains } }, { messages: { some: { text: contains } } }] });
  }
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
    where: whereFor(viewer, filters),
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
