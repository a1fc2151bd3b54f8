import { db } from "@/lib/db";
import { visibleConversations, type Viewer } from "@/lib/conversations/visible-inboxes";

const PAGE = 50;

/** The viewer's conversations, most recent activity first, with what the list shows of each. */
export async function listConversations(viewer: Viewer) {
  const client = await db();
  const rows = await client.conversation.findMany({
    where: visibleConversations(viewer),
    orderBy: [{ lastActivityAt: "desc" }, { id: "desc" }],
    take: PAGE,
    select: {
      id: true,
      status: true,
      lastActivityAt: true,
      inbox: { select: { name: true } },
      contact: { select: { id: true, igsid: true, name: true, username: true, avatarPath: true } },
      messages: {
        orderBy: [{ sentAt: "desc" }, { id: "desc" }],
        take: 1,
        select: { text: true, direction: true, kind: true, deletedAt: true, unsupported: true, attachments: { select: { type: true }, take: 1 } },
      },
    },
  });
  return rows.map(({ messages, ...conversation }) => ({ ...conversation, lastMessage: messages[0] ?? null }));
}

export type ConversationSummary = Awaited<ReturnType<typeof listConversations>>[number];
