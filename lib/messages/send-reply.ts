import { publishConversationChange } from "@/lib/conversations/conversation-signals";
import { visibleConversations, type Viewer } from "@/lib/conversations/visible-inboxes";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { jobId, queue, QUEUES } from "@/lib/jobs/queue";
import { removeOutgoingFile, storeOutgoingFile, type OutgoingFile } from "@/lib/attachments/store-outgoing-file";
import { replyTextProblem } from "@/lib/messages/message-text";
import { messagingWindow } from "@/lib/messages/messaging-window";
import { getInstagramSettings } from "@/lib/settings/instagram-settings";

/** `then`: what to post once this one is settled (a file's caption, the next released reply). */
export type OutgoingMessageJob = { messageId: number; attempt: number; then?: OutgoingMessageJob };

export type ReplyInput = { text?: string; replyToMessageId?: number; file?: OutgoingFile };

/**
 * An agent's reply: checked (text, the messaging window), stored as *sending* and handed to the
 * worker, which posts it to Meta (deliver-reply.ts), or stored as *waiting* while the inbox needs
 * reauthorization. The reply is in the thread from this moment; nothing an agent wrote is lost
 * if Meta or the process fails. A file and a text are two messages for Meta: the file goes first.
 */
export async function sendReply(viewer: Viewer, conversationId: number, input: ReplyInput): Promise<{ ids: [number, ...number[]] }> {
  const text = input.file && input.text?.trim() === "" ? undefined : input.text;
  if (text !== undefined || !input.file) {
    const problem = replyTextProblem(text ?? "");
    if (problem) throw new AppError("VALIDATION", { text: problem });
  }
  const client = await db();
  const conversation = await client.conversation.findFirst({
    where: { id: conversationId, ...visibleConversations(viewer) },
    select: {
      id: true,
      accountId: true,
      inboxId: true,
      lastCustomerMessageAt: true,
      inbox: { select: { sendMessageReplies: true, channel: { select: { reauthorizationRequired: true } } } },
    },
  });
  if (!conversation) throw new AppError("NOT_FOUND");
  if (!conversation.inbox.channel) throw new AppError("NOT_FOUND");
  const replyToMid = input.replyToMessageId === undefined ? null : await quotedMid(conversation, input.replyToMessageId);
  // Held until an administrator reauthorizes the inbox (waiting-replies.ts).
  const waiting = conversation.inbox.channel.reauthorizationRequired;
  const { humanAgent } = await getInstagramSettings();
  const window = messagingWindow(conversation.lastCustomerMessageAt, humanAgent.value);
  if (window.state === "closed") throw new AppError("MESSAGING_WINDOW_CLOSED", { window: window.reason });

  const now = new Date();
  let fileMessageId: number | undefined;
  const ids = await client.$transaction(async (tx) => {
    const create = (data: { text?: string; replyToMid: string | null }) =>
      tx.message.create({
        data: {
          conversationId: conversation.id,
          inboxId: conversation.inboxId,
          direction: "outgoing",
          source: "agent",
          senderId: viewer.userId,
          status: waiting ? "waiting" : "sending",
          sentAt: now,
          // Decided here, by the rule the agent saw, and only for what a person wrote.
          humanAgentTag: window.state === "humanAgent",
          ...data,
        },
        select: { id: true },
      });
    const created: number[] = [];
    if (input.file) {
      fileMessageId = (await create({ replyToMid })).id;
      await storeOutgoingFile(tx, fileMessageId, input.file);
      created.push(fileMessageId);
    }
    if (text !== undefined) created.push((await create({ text, replyToMid: input.file ? null : replyToMid })).id);
    await tx.conversation.update({ where: { id: conversation.id }, data: { lastActivityAt: now } });
    return created as [number, ...number[]];
  }).catch(async (error: unknown) => {
    // Nothing of a reply that was not stored stays, its file included.
    if (fileMessageId !== undefined) await removeOutgoingFile(fileMessageId);
    throw error;
  });
  if (!waiting) await enqueueDeliveries([inOrder(ids.map((messageId) => ({ messageId, attempt: 0 })))!]);
  await publishConversationChange(conversation);
  return { ids };
}

/**
 * The Meta id of the customer's message a reply quotes: one of this conversation's, still there.
 * Only where an administrator turned the (unconfirmed) outgoing reply shape on for the inbox.
 */
async function quotedMid(conversation: { id: number; inbox: { sendMessageReplies: boolean } }, messageId: number): Promise<string> {
  if (!conversation.inbox.sendMessageReplies) throw new AppError("VALIDATION", { replyToMessageId: "disabled" });
  const client = await db();
  const quoted = await client.message.findFirst({
    where: { id: messageId, conversationId: conversation.id, direction: "incoming", kind: "message", deletedAt: null, mid: { not: null } },
    select: { mid: true },
  });
  if (!quoted) throw new AppError("VALIDATION", { replyToMessageId: "invalid" });
  return quoted.mid!;
}

/** One job for messages that must reach the customer in this order: each waits for the one before. */
export function inOrder(jobs: OutgoingMessageJob[]): OutgoingMessageJob | undefined {
  return jobs.reduceRight<OutgoingMessageJob | undefined>((then, job) => (then ? { ...job, then } : job), undefined);
}

/** The jobs that post replies: one per attempt (an agent's Retry is a new one), so queuing twice queues once. */
export async function enqueueDeliveries(jobs: OutgoingMessageJob[]): Promise<void> {
  if (jobs.length === 0) return;
  const boss = await queue();
  await boss.insert(QUEUES.outgoingMessages, jobs.map((data) => ({ id: jobId("outgoing-message", data.messageId, data.attempt), data })));
}
