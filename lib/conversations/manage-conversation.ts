import { publishConversationChange } from "@/lib/conversations/conversation-signals";
import { visibleConversations, type Viewer } from "@/lib/conversations/visible-inboxes";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";

/** Who may be assigned a conversation of an inbox: its agents and the account's administrators. */
export async function assignableUsers(accountId: number, inboxId: number): Promise<{ id: number; name: string }[]> {
  const client = await db();
  return client.user.findMany({
    where: {
      memberships: { some: { accountId } },
      OR: [{ memberships: { some: { accountId, role: "administrator" } } }, { inboxes: { some: { inboxId } } }],
    },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}

async function visibleConversation(viewer: Viewer, conversationId: number) {
  const client = await db();
  const conversation = await client.conversation.findFirst({
    where: { id: conversationId, ...visibleConversations(viewer) },
    select: { id: true, accountId: true, inboxId: true },
  });
  if (!conversation) throw new AppError("NOT_FOUND");
  return conversation;
}

/** Assigns the conversation to someone who can see it, or to nobody (null). Everyone sees the change live. */
export async function assignConversation(viewer: Viewer, conversationId: number, assigneeId: number | null): Promise<void> {
  const conversation = await visibleConversation(viewer, conversationId);
  if (assigneeId !== null && !(await assignableUsers(conversation.accountId, conversation.inboxId)).some((user) => user.id === assigneeId)) {
    throw new AppError("VALIDATION", { assigneeId: "notAssignable" });
  }
  const client = await db();
  await client.conversation.update({ where: { id: conversation.id }, data: { assigneeId } });
  await publishConversationChange(conversation);
}

/**
 * Resolves or reopens. Reopening fails while another conversation of the same contact is open
 * (one open conversation per contact and inbox).
 */
export async function setConversationStatus(viewer: Viewer, conversationId: number, status: "open" | "resolved"): Promise<void> {
  const conversation = await visibleConversation(viewer, conversationId);
  const client = await db();
  try {
    await client.conversation.update({ where: { id: conversation.id }, data: { status } });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") throw new AppError("VALIDATION", { status: "alreadyOpen" });
    throw error;
  }
  await publishConversationChange(conversation);
}
