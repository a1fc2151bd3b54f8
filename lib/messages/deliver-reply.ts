import { z } from "zod";
import { mediaUrl } from "@/lib/attachments/media-url";
import { publishConversationChange } from "@/lib/conversations/conversation-signals";
import { db } from "@/lib/db";
import { MetaRequestError } from "@/lib/instagram/meta-error";
import { metaRequest } from "@/lib/instagram/meta-http";
import { parseMetaJson } from "@/lib/instagram/meta-json";
import { sendApiUrl, settleSendFailure } from "@/lib/instagram/send-api";
import type { SendFailureReason } from "@/lib/instagram/send-errors";
import { channelToken } from "@/lib/instagram/token-purpose";
import { recordSentMessage } from "@/lib/messages/record-sent-message";
import { enqueueDeliveries, type OutgoingMessageJob } from "@/lib/messages/send-reply";
import { getInstagramSettings } from "@/lib/settings/instagram-settings";
import type { JobAttempt } from "@/lib/worker/work-in-batches";

const sendResponse = z.object({ message_id: z.string().min(1) });

/**
 * The worker's half of a reply (§8): POST {GRAPH}/{version}/{IG_ID}/messages, then *sent* with
 * Meta's id, or *failed* with a reason from the one mapping table (send-errors.ts). A dead token
 * flags the inbox for reauthorization and the reply waits for it (waiting-replies.ts).
 */
export async function deliverReply(job: OutgoingMessageJob, attempt: JobAttempt): Promise<void> {
  // What follows (a file's caption) goes once this one has gone or failed: never before it.
  const next = async () => job.then && (await enqueueDeliveries([job.then]));
  try {
    await deliverOne(job, attempt);
  } catch (error) {
    // Retried later, unless this was the last try: then the rest must not wait forever.
    if (attempt.lastAttempt) await next();
    throw error;
  }
  await next();
}

async function deliverOne({ messageId, attempt }: OutgoingMessageJob, { lastAttempt }: JobAttempt): Promise<void> {
  const client = await db();
  const message = await client.message.findUnique({
    where: { id: messageId },
    select: {
      status: true,
      mid: true,
      text: true,
      replyToMid: true,
      humanAgentTag: true,
      attachments: { select: { id: true, type: true }, orderBy: { position: "asc" }, take: 1 },
      sendAttempt: true,
      conversation: {
        select: {
          id: true,
          accountId: true,
          contact: { select: { igsid: true } },
          inbox: { select: { channel: { select: { id: true, instagramUserId: true, accessToken: true, reauthorizationRequired: true } } } },
        },
      },
    },
  });
  // Already settled (its echo came first, or this is an older attempt): sending again would double it.
  if (!message || message.status !== "sending" || message.mid || message.sendAttempt !== attempt) return;
  const { conversation } = message;
  const changed = () => publishConversationChange(conversation);
  const channel = conversation.inbox.channel;
  if (!channel || channel.reauthorizationRequired) {
    await settle(messageId, "reauthorizationRequired");
    return changed();
  }

  const { apiVersion } = await getInstagramSettings();
  const token = channelToken(channel);
  let mid: string;
  try {
    const raw = await metaRequest(sendApiUrl(apiVersion.value, channel.instagramUserId), {
      method: "POST",
      token,
      json: {
        recipient: { id: conversation.contact.igsid },
        ...(message.humanAgentTag ? { messaging_type: "MESSAGE_TAG", tag: "HUMAN_AGENT" } : {}),
        message: {
          ...outgoingContent(message),
          // The incoming reply's shape (§7d); sending it is opted into per inbox (send-reply.ts).
          ...(message.replyToMid ? { reply_to: { mid: message.replyToMid } } : {}),
        },
      },
    });
    mid = sendResponse.parse(parseMetaJson(raw)).message_id;
  } catch (error) {
    const meta = error instanceof MetaRequestError ? error.meta : undefined;
    // A 2xx without a message id: Meta probably delivered it; its echo will tell, never resend.
    const reason = await settleSendFailure(meta, { unanswered: "deliveryUncertain", channelId: channel.id, lastAttempt, context: { messageId }, what: "reply not sent" });
    await settle(messageId, reason);
    return changed();
  }
  await recordSentMessage(messageId, mid);
  await changed();
}

/** A text, or a file that Meta fetches from its signed address (§8, "Media by URL"). */
function outgoingContent({ text, attachments }: { text: string | null; attachments: { id: number; type: string }[] }) {
  const [file] = attachments;
  return file ? { attachment: { type: file.type, payload: { url: mediaUrl(file.id) } } } : { text };
}

/** Failed with its reason, or back to *waiting* when only a reauthorization stands in the way. */
async function settle(messageId: number, reason: SendFailureReason): Promise<void> {
  const client = await db();
  const outcome = reason === "reauthorizationRequired" ? { status: "waiting" as const } : { status: "failed" as const, error: reason };
  // Only while still sending: an echo may have shown meanwhile that Meta delivered it after all.
  await client.message.updateMany({ where: { id: messageId, status: "sending", mid: null }, data: outcome });
}
