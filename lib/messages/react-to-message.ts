import { publishConversationChange } from "@/lib/conversations/conversation-signals";
import { visibleConversations, type Viewer } from "@/lib/conversations/visible-inboxes";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { MetaRequestError } from "@/lib/instagram/meta-error";
import { metaRequest } from "@/lib/instagram/meta-http";
import { sendApiUrl, settleSendFailure } from "@/lib/instagram/send-api";
import { channelToken } from "@/lib/instagram/token-purpose";
import { jobId, queue, QUEUES } from "@/lib/jobs/queue";
import { messagingWindow } from "@/lib/messages/messaging-window";
import { getInstagramSettings } from "@/lib/settings/instagram-settings";
import type { JobAttempt } from "@/lib/worker/work-in-batches";

/** The heart Instagram shows; the Send API calls it "love" (instagram-platform.md §8). */
const REACTION = { reaction: "love", emoji: "❤️" } as const;

export type SenderActionJob = { messageId: number; react: boolean; at: number };

/**
 * An agent hearts a customer's message, or takes the heart back: shown at once (as the
 * business's reaction), then sent by the worker as `sender_action: react|unreact`. Within the
 * 24-hour window only: Human Agent covers replies a person writes, not reactions.
 */
export async function reactToMessage(viewer: Viewer, messageId: number, react: boolean): Promise<void> {
  const client = await db();
  const message = await client.message.findFirst({
    where: { id: messageId, direction: "incoming", mid: { not: null }, deletedAt: null, conversation: visibleConversations(viewer) },
    select: { conversation: { select: { id: true, accountId: true, lastCustomerMessageAt: true, inbox: { select: { channel: { select: { instagramUserId: true, reauthorizationRequired: true } } } } } } },
  });
  if (!message) throw new AppError("NOT_FOUND");
  const { conversation } = message;
  const channel = conversation.inbox.channel;
  if (!channel || channel.reauthorizationRequired) throw new AppError("REAUTHORIZATION_REQUIRED");
  if (messagingWindow(conversation.lastCustomerMessageAt, false).state !== "open") throw new AppError("MESSAGING_WINDOW_CLOSED", { window: "expired" });
  const at = new Date();
  const value = react ? { ...REACTION, eventAt: at } : { reaction: null, emoji: null, eventAt: at };
  await client.messageReaction.upsert({
    where: { messageId_reactorId: { messageId, reactorId: channel.instagramUserId } },
    create: { messageId, reactorId: channel.instagramUserId, ...value },
    update: value,
  });
  const boss = await queue();
  await boss.insert(QUEUES.senderActions, [{ id: jobId("sender-action", messageId, at.getTime()), data: { messageId, react, at: at.getTime() } satisfies SenderActionJob }]);
  await publishConversationChange(conversation);
}

/** The worker's half: POST the sender action; given up on, the reaction shown is taken back. */
export async function deliverSenderAction({ messageId, react, at }: SenderActionJob, { lastAttempt }: JobAttempt): Promise<void> {
  const client = await db();
  const message = await client.message.findUnique({
    where: { id: messageId },
    select: { mid: true, conversation: { select: { id: true, accountId: true, contact: { select: { igsid: true } }, inbox: { select: { channel: true } } } } },
  });
  const channel = message?.conversation.inbox.channel;
  if (!message?.mid || !channel) return;
  const { apiVersion } = await getInstagramSettings();
  try {
    await metaRequest(sendApiUrl(apiVersion.value, channel.instagramUserId), {
      method: "POST",
      token: channelToken(channel),
      json: {
        recipient: { id: message.conversation.contact.igsid },
        sender_action: react ? "react" : "unreact",
        payload: react ? { message_id: message.mid, reaction: REACTION.reaction } : { message_id: message.mid },
      },
    });
  } catch (error) {
    const meta = error instanceof MetaRequestError ? error.meta : undefined;
    await settleSendFailure(meta, { unanswered: "unknown", channelId: channel.id, lastAttempt, context: { messageId, react }, what: "reaction not sent" });
    // Unless the agent changed it again since, show what the customer actually sees.
    await client.messageReaction.deleteMany({ where: { messageId, reactorId: channel.instagramUserId, eventAt: new Date(at) } });
    await publishConversationChange(message.conversation);
  }
}
