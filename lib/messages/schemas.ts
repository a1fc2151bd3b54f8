import { z } from "zod";

const id = z.coerce.number().int().positive();

// The text's real limit (bytes) is checked by sendReply; this only bounds what is parsed.
export const sendReplySchema = z.object({ conversationId: id, text: z.string().max(10_000) });
export const retryReplySchema = z.object({ messageId: id });
