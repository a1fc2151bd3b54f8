import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { recordSentMessage } from "@/lib/messages/record-sent-message";
import { anInstagramInbox } from "@/lib/testing/factories";
import { withTestDb } from "@/lib/testing/with-test-db";
import { processWebhookEvent } from "@/lib/webhooks/process-webhook-event";
import * as payload from "@/lib/webhooks/testing/payloads";

withTestDb();

/** Stores a delivery as the intake does, then runs the worker's processing on it. */
async function deliver(body: string, options: { lastAttempt?: boolean } = {}) {
  const client = await db();
  const { id } = await client.webhookEvent.create({ data: { body: Buffer.from(body) } });
  await processWebhookEvent(id, options);
  return client.webhookEvent.findUniqueOrThrow({ where: { id } });
}

async function messages() {
  const client = await db();
  return client.message.findMany({ orderBy: { sentAt: "asc" }, include: { attachments: { orderBy: { position: "asc" } }, reactions: true } });
}

describe("processing a webhook event", () => {
  it("stores a customer's text with its contact and an open conversation", async () => {
    const { instagramUserId, inboxId, accountId } = await anInstagramInbox();
    const timestamp = Date.UTC(2026, 10, 20, 9, 30);
    const event = await deliver(payload.notification(instagramUserId, [payload.customerMessage(instagramUserId, { text: "Hi, is this in stock?" }, { timestamp })]));
    expect(event).toMatchObject({ status: "processed", instagramUserIds: [instagramUserId], inboxIds: [inboxId], attempts: 1 });
    const [message] = await messages();
    expect(message).toMatchObject({ text: "Hi, is this in stock?", direction: "incoming", source: "contact", status: "received", sentAt: new Date(timestamp) });
    const client = await db();
    const conversation = await client.conversation.findUniqueOrThrow({ where: { id: message!.conversationId }, include: { contact: true } });
    expect(conversation).toMatchObject({ accountId, inboxId, status: "open", lastActivityAt: new Date(timestamp), lastCustomerMessageAt: new Date(timestamp) });
    expect(conversation.contact.igsid).toBe(payload.CUSTOMER);
  });

  it("applies the same delivery once, however often it arrives", async () => {
    const { instagramUserId } = await anInstagramInbox();
    const body = payload.notification(instagramUserId, [payload.customerMessage(instagramUserId, { text: "once" })]);
    await deliver(body);
    await deliver(body);
    await deliver(body);
    expect((await messages()).map((m) => m.text)).toEqual(["once"]);
    const client = await db();
    expect(await client.contact.count()).toBe(1);
    expect(await client.conversation.count()).toBe(1);
  });

  it("stores every attachment type, copying those with a CDN URL (a fallback's link is not media)", async () => {
    const { instagramUserId } = await anInstagramInbox();
    const attachments = [
      { type: "image", payload: { url: "https://lookaside.fbsbx.com/ig_messaging_cdn/?asset_id=1" } },
      { type: "video", payload: { url: "https://cdn.example/v.mp4" } },
      { type: "audio", payload: { url: "https://cdn.example/a.mp4" } },
      { type: "file", payload: { url: "https://cdn.example/f.pdf" } },
      { type: "share", payload: { url: "https://cdn.example/share.jpg" } },
      { type: "story_mention", payload: { url: "https://cdn.example/story.jpg" } },
      { type: "ig_reel", payload: { url: "https://cdn.example/reel.mp4", reel_video_id: "17901234567890123", title: "caption text" } },
      { type: "reel", payload: { url: "https://cdn.example/reel2.mp4" } },
      { type: "ig_post", payload: { url: "https://cdn.example/post.jpg" } },
      { type: "ig_story", payload: { url: "https://cdn.example/igstory.jpg" } },
      { type: "template", payload: { template_type: "generic", elements: [{ title: "Card" }] } },
      { type: "fallback", payload: { url: "https://example.com/page", title: "A link" } },
    ];
    await deliver(payload.notification(instagramUserId, [payload.customerMessage(instagramUserId, { attachments })]));
    const [message] = await messages();
    expect(message!.attachments.map((a) => [a.type, a.fileStatus])).toEqual([
      ["image", "pending"],
      ["video", "pending"],
      ["audio", "pending"],
      ["file", "pending"],
      ["share", "pending"],
      ["story_mention", "pending"],
      ["ig_reel", "pending"],
      ["reel", "pending"],
      ["ig_post", "pending"],
      ["ig_story", "pending"],
      ["template", "none"],
      ["fallback", "none"],
    ]);
    expect(message!.attachments[6]).toMatchObject({ title: "caption text", details: { reel_video_id: "17901234567890123" } });
    expect(message!.attachments[10]!.details).toMatchObject({ template_type: "generic" });
  });

  it("keeps an unsupported message as a placeholder", async () => {
    const { instagramUserId } = await anInstagramInbox();
    await deliver(payload.notification(instagramUserId, [payload.customerMessage(instagramUserId, { is_unsupported: true })]));
    expect(await messages()).toMatchObject([{ unsupported: true, text: null }]);
  });

  it("links replies to a message and to a story", async () => {
    const { instagramUserId } = await anInstagramInbox();
    const first = payload.customerMessage(instagramUserId, { text: "first" }, { timestamp: 1_000_000_000_000 });
    const reply = payload.customerMessage(instagramUserId, { text: "about that", reply_to: { mid: first.message.mid } }, { timestamp: 1_000_000_001_000 });
    const story = payload.customerMessage(
      instagramUserId,
      { text: "love this", reply_to: { story: { url: "https://cdn.example/story.mp4", id: "17890000000000001" } } },
      { timestamp: 1_000_000_002_000 },
    );
    const goneStory = payload.customerMessage(instagramUserId, { text: "where did it go", reply_to: { story: { id: "17890000000000002" } } }, { timestamp: 1_000_000_003_000 });
    await deliver(payload.notification(instagramUserId, [first, reply, story, goneStory]));
    const [, replied, storyReply, goneReply] = await messages();
    expect(replied!.replyToMid).toBe(first.message.mid);
    expect(storyReply!.replyToStory).toEqual({ id: "17890000000000001", url: "https://cdn.example/story.mp4" });
    // The story's media is copied before it expires, like an attachment.
    expect(storyReply!.attachments).toMatchObject([{ type: "story_reply", sourceUrl: "https://cdn.example/story.mp4", fileStatus: "pending" }]);
    // A story already gone is still named, so that the thread can say it is no longer available.
    expect(goneReply!.attachments).toMatchObject([{ type: "story_reply", sourceUrl: null, fileStatus: "none", details: { story_id: "17890000000000002" } }]);
  });

  it("keeps quick-reply and ad referral details", async () => {
    const { instagramUserId } = await anInstagramInbox();
    const referral = { ref: "ad7", ad_id: "1200000000000000", source: "ADS", type: "OPEN_THREAD", ads_context_data: { ad_title: "Sale" } };
    await deliver(payload.notification(instagramUserId, [payload.customerMessage(instagramUserId, { text: "Yes please", quick_reply: { payload: "BOOK_VISIT" }, referral })]));
    expect((await messages())[0]!.details).toEqual({ quickReply: "BOOK_VISIT", referral });
  });

  it("places a late redelivery by Meta's timestamp", async () => {
    const { instagramUserId } = await anInstagramInbox();
    await deliver(payload.notification(instagramUserId, [payload.customerMessage(instagramUserId, { text: "second" }, { timestamp: 2_000_000_000_000 })]));
    await deliver(payload.notification(instagramUserId, [payload.customerMessage(instagramUserId, { text: "first" }, { timestamp: 1_999_999_990_000 })]));
    expect((await messages()).map((m) => m.text)).toEqual(["first", "second"]);
    const client = await db();
    expect((await client.conversation.findFirstOrThrow()).lastActivityAt).toEqual(new Date(2_000_000_000_000));
  });

  it("marks an unsent message deleted, keeping the row, once", async () => {
    const { instagramUserId } = await anInstagramInbox();
    const original = payload.customerMessage(instagramUserId, { text: "oops", attachments: [{ type: "image", payload: { url: "https://cdn.example/x.jpg" } }] });
    await deliver(payload.notification(instagramUserId, [original]));
    const unsend = payload.customerMessage(instagramUserId, { mid: original.message.mid, is_deleted: true });
    await deliver(payload.notification(instagramUserId, [unsend]));
    await deliver(payload.notification(instagramUserId, [unsend]));
    const [message] = await messages();
    expect(message).toMatchObject({ text: null, attachments: [] });
    expect(message!.deletedAt).toBeInstanceOf(Date);
  });

  it("applies edits in order of num_edit; an edit of an unknown message stores it", async () => {
    const { instagramUserId } = await anInstagramInbox();
    const original = payload.customerMessage(instagramUserId, { text: "helo" });
    await deliver(payload.notification(instagramUserId, [original]));
    await deliver(payload.notification(instagramUserId, [payload.edit(instagramUserId, original.message.mid, "hello!!", 2)]));
    await deliver(payload.notification(instagramUserId, [payload.edit(instagramUserId, original.message.mid, "hello", 1)]));
    await deliver(payload.notification(instagramUserId, [payload.edit(instagramUserId, original.message.mid, "hello!!", 2)]));
    expect((await messages())[0]).toMatchObject({ text: "hello!!", editCount: 2 });
    // Development mode: new messages arrive as edits with num_edit 0.
    await deliver(payload.notification(instagramUserId, [payload.edit(instagramUserId, "mid-dev-mode", "new one", 0)]));
    expect((await messages()).find((m) => m.mid === "mid-dev-mode")).toMatchObject({ text: "new one", editCount: 0, editedAt: null, direction: "incoming" });
  });

  it("mirrors a reply typed in the Instagram app as an outgoing message, once", async () => {
    const { instagramUserId } = await anInstagramInbox();
    const sent = payload.echo(instagramUserId, { text: "Thanks, on its way" });
    await deliver(payload.notification(instagramUserId, [sent]));
    await deliver(payload.notification(instagramUserId, [sent]));
    expect(await messages()).toMatchObject([{ text: "Thanks, on its way", direction: "outgoing", source: "instagram_app", status: "sent", mid: sent.message.mid }]);
    const client = await db();
    expect((await client.conversation.findFirstOrThrow()).lastCustomerMessageAt).toBeNull();
  });

  it("tracks reactions, resolving out-of-order react and unreact by Meta's clock", async () => {
    const { instagramUserId } = await anInstagramInbox();
    const sent = payload.echo(instagramUserId, { text: "Here is the link" });
    await deliver(payload.notification(instagramUserId, [sent]));
    const mid = sent.message.mid;
    await deliver(payload.notification(instagramUserId, [payload.reaction(instagramUserId, mid, "react", { timestamp: 2_000_000_000_000 })]));
    await deliver(payload.notification(instagramUserId, [payload.reaction(instagramUserId, mid, "react", { timestamp: 2_000_000_000_000 })]));
    expect((await messages())[0]!.reactions).toMatchObject([{ reaction: "love", emoji: "\u2764\uFE0F", reactorId: payload.CUSTOMER }]);
    // The unreact arrives, then a stale react that happened before it.
    await deliver(payload.notification(instagramUserId, [payload.reaction(instagramUserId, mid, "unreact", { timestamp: 2_000_000_060_000 })]));
    await deliver(payload.notification(instagramUserId, [payload.reaction(instagramUserId, mid, "react", { timestamp: 2_000_000_030_000 })]));
    expect((await messages())[0]!.reactions).toMatchObject([{ reaction: null, emoji: null }]);
  });

  it("marks our messages read up to the one the customer saw", async () => {
    const { instagramUserId } = await anInstagramInbox();
    const one = payload.echo(instagramUserId, { text: "one" }, { timestamp: 2_000_000_000_000 });
    const two = payload.echo(instagramUserId, { text: "two" }, { timestamp: 2_000_000_010_000 });
    await deliver(payload.notification(instagramUserId, [one, two]));
    await deliver(payload.notification(instagramUserId, [payload.read(instagramUserId, one.message.mid, { timestamp: 2_000_000_020_000 })]));
    const [first, second] = await messages();
    expect(first!.readAt).toEqual(new Date(2_000_000_020_000));
    expect(second!.readAt).toBeNull();
    await deliver(payload.notification(instagramUserId, [payload.read(instagramUserId, two.message.mid, { timestamp: 2_000_000_030_000 })]));
    await deliver(payload.notification(instagramUserId, [payload.read(instagramUserId, two.message.mid, { timestamp: 2_000_000_040_000 })]));
    const after = await messages();
    expect(after.map((m) => m.readAt)).toEqual([new Date(2_000_000_020_000), new Date(2_000_000_030_000)]);
  });

  it("shows a postback as what the customer tapped, once, even without a mid", async () => {
    const { instagramUserId } = await anInstagramInbox();
    const tap = payload.postback(instagramUserId, { mid: undefined, timestamp: 2_000_000_000_000 });
    await deliver(payload.notification(instagramUserId, [tap]));
    await deliver(payload.notification(instagramUserId, [tap]));
    expect(await messages()).toMatchObject([{ kind: "postback", text: "Track my order", details: { payload: "TRACK_ORDER" }, direction: "incoming" }]);
  });

  it("notes a referral in the thread without opening the messaging window", async () => {
    const { instagramUserId } = await anInstagramInbox();
    const event = payload.referral(instagramUserId);
    await deliver(payload.notification(instagramUserId, [event]));
    await deliver(payload.notification(instagramUserId, [event]));
    expect(await messages()).toMatchObject([{ kind: "referral", details: { referral: { ref: "summer_promo" } } }]);
    const client = await db();
    expect((await client.conversation.findFirstOrThrow()).lastCustomerMessageAt).toBeNull();
  });

  it("ignores kinds it does not handle, and comments, without failing", async () => {
    const { instagramUserId } = await anInstagramInbox();
    const optin = { sender: { id: payload.CUSTOMER }, recipient: { id: instagramUserId }, timestamp: Date.now(), optin: { ref: "x" } };
    const body = JSON.stringify({
      object: "instagram",
      entry: [{ id: instagramUserId, time: Date.now(), messaging: [optin], changes: [{ field: "comments", value: { id: "1", text: "Price?" } }] }],
    });
    expect(await deliver(body)).toMatchObject({ status: "processed" });
    expect(await messages()).toEqual([]);
  });
});

describe("events that cannot be applied", () => {
  it("keeps malformed JSON and other objects as invalid", async () => {
    expect(await deliver("{not json")).toMatchObject({ status: "invalid", lastError: "body is not UTF-8 JSON" });
    expect(await deliver(JSON.stringify({ object: "page", entry: [] }))).toMatchObject({ status: "invalid" });
  });

  it("keeps events for an unknown Instagram account as unroutable", async () => {
    const event = await deliver(payload.notification("17841499999999999", [payload.customerMessage("17841499999999999", { text: "hi" })]));
    expect(event).toMatchObject({ status: "unroutable", instagramUserIds: ["17841499999999999"] });
    expect(await messages()).toEqual([]);
  });

  it("reads big ids sent as bare numbers without rounding them", async () => {
    const { instagramUserId } = await anInstagramInbox({ instagramUserId: "17841400000000123" });
    const body = payload.notification(instagramUserId, [payload.customerMessage(instagramUserId, { text: "hi" })]).replace(`"id":"${instagramUserId}"`, `"id":${instagramUserId}`);
    expect(body).toContain(`"id":17841400000000123`);
    expect(await deliver(body)).toMatchObject({ status: "processed", instagramUserIds: ["17841400000000123"] });
  });
});

describe("a conversation that was resolved", () => {
  it("reopens when the customer writes again, or starts a new one if the inbox says so", async () => {
    for (const reopen of [true, false]) {
      const { instagramUserId } = await anInstagramInbox({ reopenResolvedConversations: reopen });
      const client = await db();
      await deliver(payload.notification(instagramUserId, [payload.customerMessage(instagramUserId, { text: "one" })]));
      const first = await client.conversation.findFirstOrThrow({ where: { inbox: { channel: { instagramUserId } } } });
      await client.conversation.update({ where: { id: first.id }, data: { status: "resolved" } });
      await deliver(payload.notification(instagramUserId, [payload.customerMessage(instagramUserId, { text: "two" })]));
      const conversations = await client.conversation.findMany({ where: { inboxId: first.inboxId }, orderBy: { id: "asc" } });
      expect(conversations.map((c) => c.status)).toEqual(reopen ? ["open"] : ["resolved", "open"]);
    }
  });
});

describe("our replies and their echoes", () => {
  async function aReplyBeingSent(instagramUserId: string, text: string) {
    await deliver(payload.notification(instagramUserId, [payload.customerMessage(instagramUserId, { text: "question" }, { timestamp: 2_000_000_000_000 })]));
    const client = await db();
    const conversation = await client.conversation.findFirstOrThrow();
    return client.message.create({
      data: { conversationId: conversation.id, inboxId: conversation.inboxId, direction: "outgoing", source: "agent", status: "sending", text, sentAt: new Date() },
    });
  }

  it("the Send API answers first: the echo changes nothing", async () => {
    const { instagramUserId } = await anInstagramInbox();
    const reply = await aReplyBeingSent(instagramUserId, "answer");
    await recordSentMessage(reply.id, "mid-from-send-api");
    await deliver(payload.notification(instagramUserId, [payload.echo(instagramUserId, { mid: "mid-from-send-api", text: "answer" })]));
    expect((await messages()).filter((m) => m.direction === "outgoing")).toMatchObject([{ id: reply.id, mid: "mid-from-send-api", status: "sent", source: "agent" }]);
  });

  it("the echo arrives first: it claims our reply, and the answer confirms it", async () => {
    const { instagramUserId } = await anInstagramInbox();
    const reply = await aReplyBeingSent(instagramUserId, "answer");
    await deliver(payload.notification(instagramUserId, [payload.echo(instagramUserId, { mid: "mid-x", text: "answer" })]));
    await recordSentMessage(reply.id, "mid-x");
    expect((await messages()).filter((m) => m.direction === "outgoing")).toMatchObject([{ id: reply.id, mid: "mid-x", status: "sent", source: "agent" }]);
  });

  it("an echo that became its own row is merged when the answer names it", async () => {
    const { instagramUserId } = await anInstagramInbox();
    // The text differs (Meta may normalise it), so the echo cannot claim the reply.
    const reply = await aReplyBeingSent(instagramUserId, "answer ");
    await deliver(payload.notification(instagramUserId, [payload.echo(instagramUserId, { mid: "mid-y", text: "answer" })]));
    await recordSentMessage(reply.id, "mid-y");
    expect((await messages()).filter((m) => m.direction === "outgoing")).toMatchObject([{ id: reply.id, mid: "mid-y", status: "sent" }]);
  });

  it("two identical replies whose echoes cross: each ends with its own id", async () => {
    const { instagramUserId } = await anInstagramInbox();
    const first = await aReplyBeingSent(instagramUserId, "ok");
    const client = await db();
    const second = await client.message.create({
      data: { conversationId: first.conversationId, inboxId: first.inboxId, direction: "outgoing", source: "agent", status: "sending", text: "ok", sentAt: new Date() },
    });
    // The second reply's echo arrives first and claims the oldest pending "ok".
    await deliver(payload.notification(instagramUserId, [payload.echo(instagramUserId, { mid: "mid-2", text: "ok" })]));
    await recordSentMessage(second.id, "mid-2");
    await recordSentMessage(first.id, "mid-1");
    await deliver(payload.notification(instagramUserId, [payload.echo(instagramUserId, { mid: "mid-1", text: "ok" })]));
    const outgoing = (await messages()).filter((m) => m.direction === "outgoing");
    expect(outgoing.map((m) => [m.id, m.mid, m.status])).toEqual([
      [first.id, "mid-1", "sent"],
      [second.id, "mid-2", "sent"],
    ]);
  });
});

describe("failures", () => {
  it("records the error and rethrows; the last attempt dead-letters the event", async () => {
    const { instagramUserId } = await anInstagramInbox();
    const client = await db();
    // A message so long that the database refuses it stands in for any handler failure.
    await client.$executeRawUnsafe(`ALTER TABLE "Message" ADD CONSTRAINT short_text CHECK (length(text) < 10)`);
    try {
      const body = payload.notification(instagramUserId, [payload.customerMessage(instagramUserId, { text: "far too long to store" })]);
      const { id } = await client.webhookEvent.create({ data: { body: Buffer.from(body) } });
      await expect(processWebhookEvent(id)).rejects.toThrow();
      expect(await client.webhookEvent.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "failed", attempts: 1 });
      await expect(processWebhookEvent(id, { lastAttempt: true })).rejects.toThrow();
      const dead = await client.webhookEvent.findUniqueOrThrow({ where: { id } });
      expect(dead).toMatchObject({ status: "dead", attempts: 2 });
      expect(dead.lastError).toMatch(/short_text|constraint/i);
      expect(await client.message.count()).toBe(0);
    } finally {
      await client.$executeRawUnsafe(`ALTER TABLE "Message" DROP CONSTRAINT short_text`);
    }
  });
});

describe("text PostgreSQL cannot store", () => {
  it("drops NUL characters instead of failing forever", async () => {
    const { instagramUserId } = await anInstagramInbox();
    const body = payload.notification(instagramUserId, [payload.customerMessage(instagramUserId, { text: "a\u0000b \\u0000 stays" })]);
    expect(body).toContain("a\\u0000b");
    expect(await deliver(body)).toMatchObject({ status: "processed" });
    expect((await messages())[0]!.text).toBe("ab \\u0000 stays");
  });
});
