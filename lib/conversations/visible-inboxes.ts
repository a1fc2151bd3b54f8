import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AccountRole } from "@/lib/generated/prisma/enums";

export type Viewer = { accountId: number; userId: number; role: AccountRole };

/**
 * Administrators see every inbox of their account; agents only those they are members of. An
 * inbox being removed is nobody's any more.
 */
function visibleInboxes({ accountId, userId, role }: Viewer): Prisma.InboxWhereInput {
  return role === "administrator" ? { accountId, removalStartedAt: null } : { accountId, removalStartedAt: null, members: { some: { userId } } };
}

export function visibleConversations(viewer: Viewer): Prisma.ConversationWhereInput {
  return { accountId: viewer.accountId, inbox: visibleInboxes(viewer) };
}

/** The inboxes the viewer sees conversations of (the list's inbox filter). */
export async function listVisibleInboxes(viewer: Viewer): Promise<{ id: number; name: string }[]> {
  const client = await db();
  return client.inbox.findMany({
    where: visibleInboxes(viewer),
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}

/**
 * Those of `ids` the viewer may see (all of them for administrators, without a query: the id of
 * a conversation in an inbox being removed only makes their list refetch, without it).
 */
export async function visibleConversationIds(viewer: Viewer, ids: number[]): Promise<number[]> {
  if (viewer.role === "administrator" || ids.length === 0) return ids;
  const client = await db();
  const rows = await client.conversation.findMany({ where: { id: { in: ids }, ...visibleConversations(viewer) }, select: { id: true } });
  return rows.map((row) => row.id);
}

/** Whether the viewer has any conversation at all (the empty page says how the first one comes). */
export async function hasAnyConversation(viewer: Viewer): Promise<boolean> {
  const client = await db();
  return (await client.conversation.findFirst({ where: visibleConversations(viewer), select: { id: true } })) !== null;
}
