import { z } from "zod";
import { publishAccountChange } from "@/lib/conversations/conversation-signals";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { enqueueInboxRemovals } from "@/lib/inboxes/remove-inbox-data";
import { unsubscribeFromWebhooks } from "@/lib/instagram/meta-client";
import { MetaRequestError } from "@/lib/instagram/meta-error";
import { channelToken } from "@/lib/instagram/token-purpose";
import { logger } from "@/lib/logger";
import { getInstagramSettings } from "@/lib/settings/instagram-settings";

/**
 * The removal's first batch waits this long, so that work routed to the inbox before its channel
 * was deleted (a webhook batch being applied, a picture or attachment download under way) has
 * finished rather than racing the deletion of its rows and files.
 */
const SETTLE_SECONDS = 10;

export const startInboxRemovalSchema = z.object({
  inboxId: z.coerce.number().int().positive(),
  // The inbox's name typed again: a removal cannot be undone.
  confirmation: z.string().max(500),
});

/**
 * Deletes an inbox of the account: unsubscribes its Instagram account from webhooks (Meta's
 * "Disconnect", best effort), then at once forgets the channel, which holds the token and by
 * which webhooks are routed (later ones are kept as unroutable), and hides the inbox from
 * everyone. Its conversations, messages, contacts and files go in the background
 * (remove-inbox-data.ts). The same Instagram account can then be connected again as a new inbox.
 */
export async function startInboxRemoval({ accountId, inboxId, confirmation }: z.infer<typeof startInboxRemovalSchema> & { accountId: number }) {
  const client = await db();
  const inbox = await client.inbox.findFirst({
    where: { id: inboxId, accountId, removalStartedAt: null },
    select: { name: true, channel: { select: { instagramUserId: true, accessToken: true } } },
  });
  if (!inbox) throw new AppError("NOT_FOUND");
  if (confirmation !== inbox.name) throw new AppError("VALIDATION", { confirmation: "inboxNameMismatch" });

  if (inbox.channel) await unsubscribe(inboxId, inbox.channel);
  const started = await client.$transaction(async (tx) => {
    // Only one of two administrators deleting at once gets here.
    const { count } = await tx.inbox.updateMany({ where: { id: inboxId, accountId, removalStartedAt: null }, data: { removalStartedAt: new Date() } });
    if (count === 1) await tx.instagramChannel.deleteMany({ where: { inboxId } });
    return count === 1;
  });
  if (!started) throw new AppError("NOT_FOUND");

  // The inbox is already hidden and its token gone; should queuing fail, the worker's sweep queues it.
  await enqueueInboxRemovals([inboxId], { startAfterSeconds: SETTLE_SECONDS }).catch((error: unknown) => logger.warn({ inboxId, err: error }, "inbox removal not queued; the sweep will"));
  await publishAccountChange(accountId);
  logger.info({ inboxId, accountId }, "inbox removal started");
  return { name: inbox.name };
}

/** A dead token (190) or Meta being down must not keep an administrator from deleting the inbox. */
async function unsubscribe(inboxId: number, channel: { instagramUserId: string; accessToken: string }): Promise<void> {
  try {
    const { apiVersion } = await getInstagramSettings();
    await unsubscribeFromWebhooks({ apiVersion: apiVersion.value, token: channelToken(channel) });
  } catch (error) {
    const meta = error instanceof MetaRequestError ? error.meta : undefined;
    logger.warn(
      { inboxId, instagramUserId: channel.instagramUserId, status: meta?.status, code: meta?.code, subcode: meta?.subcode, fbtraceId: meta?.fbtraceId, error: meta?.message ?? (error as Error).name },
      "could not unsubscribe the Instagram account from webhooks; deleting the inbox anyway",
    );
  }
}
