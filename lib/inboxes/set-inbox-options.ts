import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";

export const setInboxOptionsSchema = z.object({
  inboxId: z.coerce.number().int().positive(),
  sendMessageReplies: z.boolean(),
  sendMarkSeen: z.boolean(),
});

/**
 * An inbox's opt-in Send API features, whose request shapes Meta's Instagram docs do not
 * confirm (instagram-platform.md §8): replies to a specific message, and mark_seen. An inbox of
 * another account is "not found".
 */
export async function setInboxOptions({ accountId, inboxId, ...options }: z.infer<typeof setInboxOptionsSchema> & { accountId: number }) {
  const client = await db();
  const { count } = await client.inbox.updateMany({ where: { id: inboxId, accountId }, data: options });
  if (count === 0) throw new AppError("NOT_FOUND");
  return options;
}
