import { db } from "@/lib/db";
import { visibleConversations, type Viewer } from "@/lib/conversations/visible-inboxes";

/**
 * One conversation the viewer may see, with its contact and its whole thread in Meta's order
 * (null otherwise: another account's or another inbox's conversation is not revealed).
 */
export async function getConversation(viewer: Viewer, conversationId: number) {
  const client = await db();
  const conversation = await client.conversation.findFirst({
    where: { id: conversationId, ...visibleConversations(viewer) },
    select: {
      id: true,
      status: true,
      assigneeId: true,
      lastCustomerMessageAt: true,
      inbox: { select: { id: true, name: true, sendMessageReplies: true, channel: { select: { reauthorizationRequired: true, instagramUserId: true } } } },
      contact: {
        select: { id: true, igsid: true, name: true, username: true, avatarPath: true, followerCount: true, verified: true, profileError: true },
      },
      messages: {
        orderBy: [{ sentAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          mid: true,
          kind: true,
          direction: true,
          source: true,
          status: true,
          text: true,
          sentAt: true,
          replyToMid: true,
          replyToStory: true,
          details: true,
          unsupported: true,
          deletedAt: true,
          editedAt: true,
          readAt: true,
          error: true,
          sender: { select: { name: true } },
          attachments: {
            orderBy: { position: "asc" },
            select: { id: true, type: true, sourceUrl: true, title: true, details: true, fileStatus: true, contentType: true },
          },
          reactions: { where: { emoji: { not: null } }, select: { emoji: true, reaction: true, reactorId: true } },
        },
      },
    },
  });
  return conversation;
}

export type ConversationThread = NonNullable<Awaited<ReturnType<typeof getConversation>>>;
export type ThreadMessage = ConversationThread["messages"][number];
