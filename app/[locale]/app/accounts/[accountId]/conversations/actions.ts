"use server";

import { accountAction } from "@/lib/actions/authorized-action";
import { retryReply } from "@/lib/messages/retry-reply";
import { retryReplySchema, sendReplySchema } from "@/lib/messages/schemas";
import { sendReply } from "@/lib/messages/send-reply";

// Agents and administrators alike; sendReply and retryReply scope everything to what the viewer may see.
export const sendReplyAction = accountAction({ schema: sendReplySchema, role: "agent" }, ({ accountId, conversationId, text }, actor, role) =>
  sendReply({ accountId, userId: actor.id, role }, conversationId, { text }),
);

export const retryReplyAction = accountAction({ schema: retryReplySchema, role: "agent" }, ({ accountId, messageId }, actor, role) =>
  retryReply({ accountId, userId: actor.id, role }, messageId),
);
