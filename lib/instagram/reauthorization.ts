import { db } from "@/lib/db";
import { logger } from "@/lib/logger";

/**
 * An inbox whose token Meta refused for good (190: expired, revoked, password changed): nothing
 * reaches Instagram until an administrator runs Business Login again (instagram-platform.md §3,
 * §10). Its webhooks are still stored and processed; replies wait (waiting-replies.ts).
 */
export async function flagForReauthorization(channelId: number, why: string): Promise<void> {
  const client = await db();
  const { count } = await client.instagramChannel.updateMany({ where: { id: channelId, reauthorizationRequired: false }, data: { reauthorizationRequired: true } });
  if (count === 0) return;
  logger.warn({ channelId, why }, "inbox needs reauthorization");
}
