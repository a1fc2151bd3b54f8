import { publishConversationChanges } from "@/lib/conversations/conversation-signals";
import { jobId, queue, QUEUES } from "@/lib/jobs/queue";
import { logger } from "@/lib/logger";
import type { Effects } from "@/lib/webhooks/handlers/context";

/**
 * After an event's items committed: tell live views, and queue the profile lookups of new
 * contacts and the downloads of new attachments. Failures here lose nothing: the sweep finds
 * contacts without a profile and attachments still pending.
 */
export async function runEffects(effects: Effects): Promise<void> {
  try {
    if (effects.conversations.size > 0) await publishConversationChanges(effects.conversations);
    const boss = await queue();
    if (effects.newContactIds.length > 0) {
      await boss.insert(
        QUEUES.contactProfiles,
        effects.newContactIds.map((contactId) => ({ id: jobId("contact-profile", contactId), data: { contactId } })),
      );
    }
    if (effects.attachmentIds.length > 0) {
      await boss.insert(
        QUEUES.mediaDownloads,
        effects.attachmentIds.map((attachmentId) => ({ id: jobId("media-download", attachmentId), data: { attachmentId } })),
      );
    }
  } catch (error) {
    logger.warn({ err: error }, "follow-up work of a webhook event not queued; the sweep will");
  }
}
