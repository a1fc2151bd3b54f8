import { describe, expect, it, vi } from "vitest";

const port = await vi.hoisted(async () => (await import("@/lib/testing/free-port")).instagramOnFreePort());

const { db } = await import("@/lib/db");
const { deliverReply } = await import("@/lib/messages/deliver-reply");
const { retryReply } = await import("@/lib/messages/retry-reply");
const { sendReply } = await import("@/lib/messages/send-reply");
const { failExpiredWaitingReplies, releaseWaitingReplies } = await import("@/lib/messages/waiting-replies");
const { saveInstagramSettings } = await import("@/lib/settings/save-instagram-settings");
const { aUser } = await import("@/lib/testing/factories");
const { aProcessedCustomerMessage, anInboxKnownToMeta } = await import("@/lib/testing/meta-inbox");
const { withMetaStandIn } = await import("@/lib/testing/meta-stand-in");
const { withTestDb } = await import("@/lib/testing/with-test-db");
const { processWebhookEvent } = await import("@/lib/webhooks/process-webhook-event");
const payload = await import("@/lib/webhooks/testing/payloads");

withTestDb();

const meta = withMetaStandIn(port);

const HOUR = 3600_000;

async function setHumanAgent(enabled: boolean) {
  const admin = await aUser({ superAdmin: true });
  await saveInstagramSettings({ appId: "1234567890", appSecret: "0123456789abcdef0123456789abcdef", verifyToken: "verify-me-0123456789abcdef0123456789", apiVersion: "v25.0", humanAgent: enabled }, admin);
}

/** A conversation whose customer last wrote `hoursAgo`, an agent of its inbox, and Meta knowing the inbox's token. */
async function aConversation({ hoursAgo = 1 } = {}) {
  const { accountId, inboxId, instagramUserId, channelId } = await anInboxKnownToMeta(meta.url);
  const agent = await aUser({ membership: { accountId, role: "agent" } });
  await (await db()).inboxMember.create({ data: { inboxId, userId: agent.id } });
  const { conversationId } = await aProcessedCustomerMessage(instagramUserId, "Is the cake ready?", { timestamp: Date.now() - hoursAgo * HOUR });
  return { viewer: { accountId, userId: agent.id, role: "agent" as const }, conversationId, instagramUserId, channelId, inboxId };
}

const stored = async (id: number) => (await db()).message.findUniqueOrThrow({ where: { id } });
const first = { lastAttempt: false };
const last = { lastAttempt: true };

describe("sendReply", () => {
  it("stores the reply as sending, by the agent, without the Human Agent tag inside 24 hours", async () => {
    const { viewer, conversationId } = await aConversation({ hoursAgo: 1 });
    const { ids: [id] } = await sendReply(viewer, conversationId, { text: "Yes, come by at 5 😀" });
    expect(await stored(id)).toMatchObject({ status: "sending", source: "agent", direction: "outgoing", senderId: viewer.userId, text: "Yes, come by at 5 😀", humanAgentTag: false, mid: null });
  });

  it("refuses empty text and text over 1,000 bytes", async () => {
    const { viewer, conversationId } = await aConversation();
    await expect(sendReply(viewer, conversationId, { text: "  " })).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { text: "empty" } });
    await expect(sendReply(viewer, conversationId, { text: "é".repeat(500) + "a" })).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { text: "tooLong" } });
    expect(await (await db()).message.count({ where: { source: "agent" } })).toBe(0);
  });

  it("between 24 hours and 7 days sends only with Human Agent enabled, and then with the tag", async () => {
    const { viewer, conversationId } = await aConversation({ hoursAgo: 30 });
    await expect(sendReply(viewer, conversationId, { text: "Sorry for the wait" })).rejects.toMatchObject({ code: "MESSAGING_WINDOW_CLOSED", fieldErrors: { window: "humanAgentDisabled" } });
    await setHumanAgent(true);
    const { ids: [id] } = await sendReply(viewer, conversationId, { text: "Sorry for the wait" });
    expect((await stored(id)).humanAgentTag).toBe(true);
  });

  it("refuses after 7 days even with Human Agent", async () => {
    await setHumanAgent(true);
    const { viewer, conversationId } = await aConversation({ hoursAgo: 8 * 24 });
    await expect(sendReply(viewer, conversationId, { text: "Hello?" })).rejects.toMatchObject({ code: "MESSAGING_WINDOW_CLOSED", fieldErrors: { window: "expired" } });
  });

  it("does not reveal a conversation of an inbox the agent is not a member of", async () => {
    const { conversationId, viewer } = await aConversation();
    const outsider = await aUser({ membership: { accountId: viewer.accountId, role: "agent" } });
    await expect(sendReply({ ...viewer, userId: outsider.id }, conversationId, { text: "hi" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("quotes a customer's message only where the inbox sends quotes, and only one of this conversation's", async () => {
    const { viewer, conversationId, inboxId } = await aConversation();
    const client = await db();
    const quoted = await client.message.findFirstOrThrow({ where: { conversationId } });
    await expect(sendReply(viewer, conversationId, { text: "That one?", replyToMessageId: quoted.id })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { replyToMessageId: "disabled" },
    });

    await client.inbox.update({ where: { id: inboxId }, data: { sendMessageReplies: true } });
    const { ids: [id] } = await sendReply(viewer, conversationId, { text: "That one?", replyToMessageId: quoted.id });
    expect(await stored(id)).toMatchObject({ replyToMid: quoted.mid, text: "That one?" });

    // Not our own reply, not another conversation's message, not one the customer unsent.
    const other = await aConversation();
    const elsewhere = await client.message.findFirstOrThrow({ where: { conversationId: other.conversationId } });
    for (const replyToMessageId of [id, elsewhere.id]) {
      await expect(sendReply(viewer, conversationId, { text: "Hm", replyToMessageId })).rejects.toMatchObject({ fieldErrors: { replyToMessageId: "invalid" } });
    }
    await client.message.update({ where: { id: quoted.id }, data: { deletedAt: new Date() } });
    await expect(sendReply(viewer, conversationId, { text: "Hm", replyToMessageId: quoted.id })).rejects.toMatchObject({ fieldErrors: { replyToMessageId: "invalid" } });
  });

});

describe("deliverReply", () => {
  it("posts exactly the text to the customer and stores Meta's message id", async () => {
    const { viewer, conversationId, instagramUserId } = await aConversation();
    const { ids: [id] } = await sendReply(viewer, conversationId, { text: "Line one\nline two" });
    await deliverReply({ messageId: id, attempt: 0 }, first);
    const [sent] = (await meta.control.state()).messages;
    expect(sent).toMatchObject({ userId: instagramUserId, recipientId: payload.CUSTOMER, body: { recipient: { id: payload.CUSTOMER }, message: { text: "Line one\nline two" } } });
    expect(sent!.body).not.toHaveProperty("tag");
    expect(await stored(id)).toMatchObject({ status: "sent", mid: sent!.messageId, error: null });
    // A second run of the same job (a redelivered job) sends nothing more.
    await deliverReply({ messageId: id, attempt: 0 }, first);
    expect((await meta.control.state()).messages).toHaveLength(1);
  });

  it("sends a quoting reply with the quoted message's mid as reply_to", async () => {
    const { viewer, conversationId, inboxId } = await aConversation();
    const client = await db();
    await client.inbox.update({ where: { id: inboxId }, data: { sendMessageReplies: true } });
    const quoted = await client.message.findFirstOrThrow({ where: { conversationId } });
    const { ids: [id] } = await sendReply(viewer, conversationId, { text: "Ready at 5", replyToMessageId: quoted.id });
    await deliverReply({ messageId: id, attempt: 0 }, first);
    expect((await meta.control.state()).messages[0]!.body).toEqual({ recipient: { id: payload.CUSTOMER }, message: { text: "Ready at 5", reply_to: { mid: quoted.mid } } });
    expect(await stored(id)).toMatchObject({ status: "sent" });
  });

  it("adds the HUMAN_AGENT tag to a reply written in the Human Agent window", async () => {
    await setHumanAgent(true);
    const { viewer, conversationId } = await aConversation({ hoursAgo: 30 });
    const { ids: [id] } = await sendReply(viewer, conversationId, { text: "Back on Monday" });
    await deliverReply({ messageId: id, attempt: 0 }, first);
    expect((await meta.control.state()).messages[0]!.body).toMatchObject({ messaging_type: "MESSAGE_TAG", tag: "HUMAN_AGENT", message: { text: "Back on Monday" } });
  });

  it("a dead token (190) flags the inbox and the reply waits for its reauthorization", async () => {
    const { viewer, conversationId, instagramUserId, channelId } = await aConversation();
    const { ids: [id] } = await sendReply(viewer, conversationId, { text: "hi" });
    await meta.control.revokeTokens(instagramUserId);
    await deliverReply({ messageId: id, attempt: 0 }, first);
    expect(await stored(id)).toMatchObject({ status: "waiting", error: null, mid: null });
    expect((await (await db()).instagramChannel.findUniqueOrThrow({ where: { id: channelId } })).reauthorizationRequired).toBe(true);
  });

  it("retries a rate limit, and gives up with the reason after the last attempt", async () => {
    const { viewer, conversationId } = await aConversation();
    const { ids: [id] } = await sendReply(viewer, conversationId, { text: "hi" });
    const throttled = { error: { message: "(#613) Calls to this api have exceeded the rate limit.", type: "OAuthException", code: 613, fbtrace_id: "T1" } };
    await meta.control.addFailure({ method: "POST", path: "*messages", status: 400, body: throttled, times: 0 });
    await expect(deliverReply({ messageId: id, attempt: 0 }, first)).rejects.toThrow(/rateLimited/);
    expect((await stored(id)).status).toBe("sending");
    await deliverReply({ messageId: id, attempt: 0 }, last);
    expect(await stored(id)).toMatchObject({ status: "failed", error: "rateLimited" });
  });

  it("does not retry a window error, and Retry sends the same reply again as a new attempt", async () => {
    const { viewer, conversationId } = await aConversation();
    const { ids: [id] } = await sendReply(viewer, conversationId, { text: "hi" });
    const outside = { error: { message: "This message is sent outside of allowed window.", type: "IGApiException", code: 10, error_subcode: 2534022, fbtrace_id: "T2" } };
    await meta.control.addFailure({ method: "POST", path: "*messages", status: 400, body: outside });
    await deliverReply({ messageId: id, attempt: 0 }, first);
    expect(await stored(id)).toMatchObject({ status: "failed", error: "windowClosed" });

    await retryReply(viewer, id);
    expect(await stored(id)).toMatchObject({ status: "sending", error: null, sendAttempt: 1 });
    // The first attempt's job, should it run again, no longer sends.
    await deliverReply({ messageId: id, attempt: 0 }, first);
    expect((await meta.control.state()).messages).toHaveLength(0);
    await deliverReply({ messageId: id, attempt: 1 }, first);
    expect(await stored(id)).toMatchObject({ status: "sent" });
    await expect(retryReply(viewer, id)).rejects.toMatchObject({ code: "NOT_RETRYABLE" });
  });

  it("the echo of a reply does not duplicate it, whichever arrives first", async () => {
    const { viewer, conversationId, instagramUserId } = await aConversation();
    const { ids: [id] } = await sendReply(viewer, conversationId, { text: "Ready at 5" });
    await deliverReply({ messageId: id, attempt: 0 }, first);
    const { messageId: mid } = (await meta.control.state()).messages[0]!;
    const client = await db();
    const { id: eventId } = await client.webhookEvent.create({
      data: { body: Buffer.from(payload.notification(instagramUserId, [payload.echo(instagramUserId, { mid, text: "Ready at 5" })])) },
    });
    await processWebhookEvent(eventId);
    expect(await client.message.count({ where: { direction: "outgoing" } })).toBe(1);
  });
});

describe("replies waiting for reauthorization", () => {
  const flag = async (channelId: number, reauthorizationRequired = true) =>
    (await db()).instagramChannel.update({ where: { id: channelId }, data: { reauthorizationRequired } });

  it("are held while the inbox needs reauthorization, then sent once, as a new attempt", async () => {
    const { viewer, conversationId, channelId, inboxId } = await aConversation();
    await flag(channelId);
    const { ids: [id] } = await sendReply(viewer, conversationId, { text: "Still there?" });
    expect(await stored(id)).toMatchObject({ status: "waiting", sendAttempt: 0 });
    await deliverReply({ messageId: id, attempt: 0 }, first);
    expect((await meta.control.state()).messages).toHaveLength(0);

    // What a reauthorization does once the new token is saved (connect-account.ts).
    await flag(channelId, false);
    expect(await releaseWaitingReplies(inboxId)).toBe(1);
    expect(await releaseWaitingReplies(inboxId)).toBe(0);
    expect(await stored(id)).toMatchObject({ status: "sending", sendAttempt: 1 });
    await deliverReply({ messageId: id, attempt: 1 }, first);
    expect(await stored(id)).toMatchObject({ status: "sent" });
    expect((await meta.control.state()).messages.map((sent) => sent.body)).toEqual([expect.objectContaining({ message: { text: "Still there?" } })]);
  });

  it("Retry on a failed reply while the inbox needs reauthorization makes it wait", async () => {
    const { viewer, conversationId, channelId } = await aConversation();
    const { ids: [id] } = await sendReply(viewer, conversationId, { text: "hi" });
    await (await db()).message.update({ where: { id }, data: { status: "failed", error: "metaUnavailable" } });
    await flag(channelId);
    await retryReply(viewer, id);
    expect(await stored(id)).toMatchObject({ status: "waiting", error: null, sendAttempt: 0 });
  });

  it("fail after waiting 24 hours, and are then no longer sent by a reauthorization", async () => {
    const { viewer, conversationId, channelId, inboxId } = await aConversation();
    await flag(channelId);
    const { ids: [oldId] } = await sendReply(viewer, conversationId, { text: "yesterday" });
    const { ids: [recentId] } = await sendReply(viewer, conversationId, { text: "today" });
    const client = await db();
    await client.$executeRaw`UPDATE "Message" SET "updatedAt" = now() - interval '24 hours 1 minute' WHERE id = ${oldId}`;
    expect(await failExpiredWaitingReplies()).toBe(1);
    expect(await stored(oldId)).toMatchObject({ status: "failed", error: "reauthorizationRequired" });
    expect(await stored(recentId)).toMatchObject({ status: "waiting" });
    await flag(channelId, false);
    expect(await releaseWaitingReplies(inboxId)).toBe(1);
    expect(await stored(oldId)).toMatchObject({ status: "failed" });
  });
});
