import { z } from "zod";

const id = z.coerce.number().int().positive();

// The text's real limit (bytes) is checked by sendReply; this only bounds what is parsed.
export const sendReplySchema = z.object({ conversationId: id, text: z.string().max(10_000), replyToMessageId: id.optional() });
export const fileReplySchema = z.object({ text: z.string().max(10_000).optional(), replyToMessageId: id.optional() });
export const retryReplySchema = z.object({ messageId: id });

export const assignConversationSchema = z.object({ conversationId: id, assigneeId: id.nullable() });
export const conversationStatusSchema = z.object({ conversationId: id, status: z.enum(["open", "resolved"]) });
export const reactSchema = z.object({ messageId: id, react: z.boolean() });
