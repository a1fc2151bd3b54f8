import { downloadAttachment, type MediaDownloadJob } from "@/lib/attachments/download-attachment";
import { fetchContactProfile, type ContactProfileJob } from "@/lib/contacts/fetch-contact-profile";
import { removeInboxData, type InboxRemovalJob } from "@/lib/inboxes/remove-inbox-data";
import { refreshChannelToken, REFRESH_EVERY_MS, scheduleTokenRefreshes, type TokenRefreshJob } from "@/lib/instagram/refresh-tokens";
import { queue, QUEUES } from "@/lib/jobs/queue";
import { logger } from "@/lib/logger";
import { deliverReply } from "@/lib/messages/deliver-reply";
import { runSenderAction, type QueuedSenderAction } from "@/lib/messages/run-sender-action";
import type { OutgoingMessageJob } from "@/lib/messages/send-reply";
import { processEventBatch } from "@/lib/webhooks/process-event-batch";
import type { WebhookEventJob } from "@/lib/webhooks/enqueue-webhook-events";
import { sweep } from "@/lib/worker/sweep";
import { workInBatches, workOnBatches } from "@/lib/worker/work-in-batches";

const SWEEP_EVERY_MS = 60_000;

/**
 * The worker: webhook events, contact profiles, media downloads, replies and sender actions (reactions, mark_seen) to send, token refreshes, inbox removals. Runs in the web process
 * (WORKER=inline) or alone (npm run worker). Returns a stop function that lets running jobs finish.
 */
export async function startWorker(): Promise<() => Promise<void>> {
  const boss = await queue();
  await workOnBatches<WebhookEventJob>(boss, QUEUES.webhookEvents, processEventBatch);
  // Network-bound work: small batches, more at once.
  await workInBatches<ContactProfileJob>(boss, QUEUES.contactProfiles, fetchContactProfile, { batchSize: 10, concurrency: 5 });
  await workInBatches<MediaDownloadJob>(boss, QUEUES.mediaDownloads, downloadAttachment, { batchSize: 10, concurrency: 4 });
  await workInBatches<OutgoingMessageJob>(boss, QUEUES.outgoingMessages, deliverReply, { batchSize: 10, concurrency: 5 });
  await workInBatches<QueuedSenderAction>(boss, QUEUES.senderActions, runSenderAction, { batchSize: 10, concurrency: 5 });
  await workInBatches<TokenRefreshJob>(boss, QUEUES.tokenRefreshes, refreshChannelToken, { batchSize: 5, concurrency: 2 });
  // Long database work in short chunks, one inbox at a time: webhooks keep their share of the database.
  await workInBatches<InboxRemovalJob>(boss, QUEUES.inboxRemovals, removeInboxData, { batchSize: 1, concurrency: 1 });
  void sweep({ atStart: true });
  void checkTokens();
  const timers = [setInterval(() => void sweep(), SWEEP_EVERY_MS).unref(), setInterval(() => void checkTokens(), REFRESH_EVERY_MS).unref()];
  logger.info("worker started");
  return async () => {
    for (const timer of timers) clearInterval(timer);
    await Promise.all(Object.values(QUEUES).map((name) => boss.offWork(name, { wait: true })));
  };
}

async function checkTokens(): Promise<void> {
  try {
    const due = await scheduleTokenRefreshes();
    if (due > 0) logger.info({ due }, "tokens due for refresh");
  } catch (error) {
    logger.warn({ err: error }, "token refresh scan failed; the next one tries again");
  }
}
