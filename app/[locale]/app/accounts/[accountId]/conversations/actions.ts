"use server";

import { accountAction } from "@/lib/actions/authorized-action";
import { assignConversation, setConversationStatus } from "@/lib/conversations/manage-conversation";
import { reactToMessage } from "@/lib/messages/react-to-message";
import { retryReply } from "@/lib/messages/retry-reply";
import { assignConversationSchema, conversationStatusSchema, reactSchema, retryReplySchema, sendReplySchema } from "@/lib/messages/schemas";
import { sendReply } from "@/lib/messages/send-reply";

// Agents and administrators alike; sendReply and retryReply scope everything to what the viewer may see.
export const sendReplyAction = accountAction({ schema: sendReplySchema, role: "agent" }, ({ accountId, conversationId, text, replyToMessageId }, actor, role) =>
  sendReply({ accountId, userId: actor.id, role }, conversationId, { text, replyToMessageId }),
);

export const retryReplyAction = accountAction({ schema: retryReplySchema, role: "agent" }, ({ accountId, messageId }, actor, role) =>
  retryReply({ accountId, userId: actor.id, role }, messageId),
);

export const assignConversationAction = accountAction({ schema: assignConversationSchema, role: "agent" }, ({ accountId, conversationId, assigneeId }, actor, role) =>
  assignConversation({ accountId, userId: actor.id, role }, conversationId, assigneeId),
);

export const setConversationStatusAction = accountAction({ schema: conversationStatusSchema, role: "agent" }, ({ accountId, conversationId, status }, actor, role) =>
  setConversationStatus({ accountId, userId: actor.id, role }, conversationId, status),
);

export const reactAction = accountAction({ schema: reactSchema, role: "agent" }, ({ accountId, messageId, react }, actor, role) =>
  reactToMessage({ accountId, userId: actor.id, role }, messageId, react),
);
