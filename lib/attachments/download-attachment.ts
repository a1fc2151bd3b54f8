import { db } from "@/lib/db";
import { jobId, queue, QUEUES } from "@/lib/jobs/queue";
import { publishConversationChanges } from "@/lib/conversations/conversation-signals";
import { logger } from "@/lib/logger";
import { downloadFile, DownloadError } from "@/lib/storage/download-file";
import type { JobAttempt } from "@/lib/worker/work-in-batches";

export type MediaDownloadJob = { attachmentId: number };

/** Where a message's copied files live under STORAGE_DIR (one folder per message). */
export const attachmentFolder = (messageId: number) => `attachments/${messageId}`;

/** One download job per attachment (the id is derived from it, so queuing twice queues once). */
export async function enqueueAttachmentDownloads(attachmentIds: number[]): Promise<void> {
  if (attachmentIds.length === 0) return;
  const boss = await queue();
  await boss.insert(QUEUES.mediaDownloads, attachmentIds.map((attachmentId) => ({ id: jobId("media-download", attachmentId), data: { attachmentId } satisfies MediaDownloadJob })));
}

/**
 * Copies an attachment from Meta's CDN (its URL expires) under STORAGE_DIR. A failure is retried
 * by the queue; after the last attempt, or when retrying cannot help, the attachment is marked
 * unavailable and the thread says so.
 */
export async function downloadAttachment({ attachmentId }: MediaDownloadJob, { lastAttempt }: JobAttempt): Promise<void> {
  const client = await db();
  const attachment = await client.messageAttachment.findUnique({
    where: { id: attachmentId },
    select: {
      sourceUrl: true,
      fileStatus: true,
      messageId: true,
      message: { select: { conversationId: true, conversation: { select: { accountId: true, inbox: { select: { removalStartedAt: true } } } } } },
    },
  });
  // An inbox being removed keeps no new files: its removal may already have passed this message.
  if (!attachment || attachment.fileStatus !== "pending" || !attachment.sourceUrl || attachment.message.conversation.inbox.removalStartedAt) return;
  const changed = new Map([[attachment.message.conversationId, attachment.message.conversation.accountId]]);
  try {
    const stored = await downloadFile(attachment.sourceUrl, `${attachmentFolder(attachment.messageId)}/${attachmentId}`);
    await client.messageAttachment.update({ where: { id: attachmentId }, data: { fileStatus: "stored", ...stored } });
  } catch (error) {
    const final = lastAttempt || (error instanceof DownloadError && !error.retryable);
    logger.warn({ attachmentId, final, error: (error as Error).message }, "attachment download failed");
    if (!final) throw error;
    await client.messageAttachment.update({ where: { id: attachmentId }, data: { fileStatus: "unavailable" } });
  }
  await publishConversationChanges(changed);
}
