import { enqueueAttachmentDownloads } from "@/lib/attachments/download-attachment";
import { enqueueProfileLookups } from "@/lib/contacts/fetch-contact-profile";
import { publishConversationChanges } from "@/lib/conversations/conversation-signals";
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
    await enqueueProfileLookups(effects.newContactIds);
    await enqueueAttachmentDownloads(effects.attachmentIds);
  } catch (error) {
    logger.warn({ err: error }, "follow-up work of a webhook event not queued; the sweep will");
  }
}
