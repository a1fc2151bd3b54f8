import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { anInstagramInbox } from "@/lib/testing/factories";
import { withTestDb } from "@/lib/testing/with-test-db";
import { processEventBatch } from "@/lib/webhooks/process-event-batch";
import * as payload from "@/lib/webhooks/testing/payloads";

withTestDb();

async function store(bodies: string[]) {
  const client = await db();
  const events = await client.webhookEvent.createManyAndReturn({ data: bodies.map((body) => ({ body: Buffer.from(body) })), select: { id: true } });
  return events.map((event) => ({ data: { eventId: event.id.toString() }, lastAttempt: false }));
}

describe("processEventBatch", () => {
  it("applies many customers' messages together, each once, with the same rules as one by one", async () => {
    const { instagramUserId: ig, inboxId } = await anInstagramInbox();
    const first = payload.customerMessage(ig, { text: "a1" }, { customer: "111", timestamp: 2_000_000_000_000 });
    const bodies = [
      payload.notification(ig, [first]),
      payload.notification(ig, [first]), // a redelivery in the same batch
      payload.notification(ig, [payload.customerMessage(ig, { text: "a0" }, { customer: "111", timestamp: 1_999_999_000_000 })]),
      payload.notification(ig, [
        payload.customerMessage(ig, { text: "b1", attachments: [{ type: "image", payload: { url: "https://cdn.example/b.jpg" } }] }, { customer: "222", timestamp: 2_000_000_100_000 }),
        payload.customerMessage(ig, { text: "b2", reply_to: { mid: first.message.mid } }, { customer: "222", timestamp: 2_000_000_200_000 }),
      ]),
    ];
    const jobs = await store(bodies);
    expect(await processEventBatch(jobs)).toEqual([null, null, null, null]);
    const again = await store([bodies[0]!]);
    expect(await processEventBatch(again)).toEqual([null]);

    const client = await db();
    const messages = await client.message.findMany({ orderBy: { sentAt: "asc" }, include: { attachments: true, conversation: { include: { contact: true } } } });
    expect(messages.map((m) => [m.text, m.conversation.contact.igsid])).toEqual([
      ["a0", "111"],
      ["a1", "111"],
      ["b1", "222"],
      ["b2", "222"],
    ]);
    expect(messages[2]!.attachments).toMatchObject([{ type: "image", fileStatus: "pending", sourceUrl: "https://cdn.example/b.jpg" }]);
    expect(messages[3]!.replyToMid).toBe(first.message.mid);
    const conversations = await client.conversation.findMany({ orderBy: { id: "asc" }, include: { contact: true } });
    expect(conversations.map((c) => [c.contact.igsid, c.status, c.inboxId, c.lastActivityAt.getTime(), c.lastCustomerMessageAt?.getTime()])).toEqual([
      ["111", "open", inboxId, 2_000_000_000_000, 2_000_000_000_000],
      ["222", "open", inboxId, 2_000_000_200_000, 2_000_000_200_000],
    ]);
    const events = await client.webhookEvent.findMany({ orderBy: { id: "asc" } });
    expect(events.map((e) => [e.status, e.attempts, e.instagramUserIds, e.inboxIds])).toEqual(Array(5).fill(["processed", 1, [ig], [inboxId]]));
  });

  it("reopens a resolved conversation, or starts a new one when the inbox says so", async () => {
    for (const reopen of [true, false]) {
      const { instagramUserId: ig, inboxId } = await anInstagramInbox({ reopenResolvedConversations: reopen });
      await processEventBatch(await store([payload.notification(ig, [payload.customerMessage(ig, { text: "one" }, { customer: "333" })])]));
      const client = await db();
      await client.conversation.updateMany({ where: { inboxId }, data: { status: "resolved" } });
      await processEventBatch(await store([payload.notification(ig, [payload.customerMessage(ig, { text: "two" }, { customer: "333" })])]));
      const statuses = (await client.conversation.findMany({ where: { inboxId }, orderBy: { id: "asc" } })).map((c) => c.status);
      expect(statuses).toEqual(reopen ? ["open"] : ["resolved", "open"]);
    }
  });

  it("sends other kinds, invalid and unroutable events through the one-by-one path", async () => {
    const { instagramUserId: ig } = await anInstagramInbox();
    const message = payload.customerMessage(ig, { text: "hello" });
    const jobs = await store([
      payload.notification(ig, [message]),
      payload.notification(ig, [payload.reaction(ig, message.message.mid, "react")]),
      "{broken",
      payload.notification("17841499999999999", [payload.customerMessage("17841499999999999", { text: "nobody" })]),
    ]);
    expect(await processEventBatch(jobs)).toEqual([null, null, null, null]);
    const client = await db();
    expect((await client.webhookEvent.findMany({ orderBy: { id: "asc" } })).map((e) => e.status)).toEqual(["processed", "processed", "invalid", "unroutable"]);
    expect(await client.messageReaction.count()).toBe(1);
  });

  it("isolates an event that fails: the others are applied, it alone is reported", async () => {
    const { instagramUserId: ig } = await anInstagramInbox();
    const client = await db();
    await client.$executeRawUnsafe(`ALTER TABLE "Message" ADD CONSTRAINT short_text CHECK (length(text) < 10)`);
    try {
      const jobs = await store([
        payload.notification(ig, [payload.customerMessage(ig, { text: "fine" }, { customer: "444" })]),
        payload.notification(ig, [payload.customerMessage(ig, { text: "much too long to store" }, { customer: "555" })]),
      ]);
      const outcomes = await processEventBatch(jobs);
      expect(outcomes[0]).toBeNull();
      expect(outcomes[1]?.message).toMatch(/short_text|constraint/i);
      expect((await client.webhookEvent.findMany({ orderBy: { id: "asc" } })).map((e) => e.status)).toEqual(["processed", "failed"]);
      expect((await client.message.findMany()).map((m) => m.text)).toEqual(["fine"]);
    } finally {
      await client.$executeRawUnsafe(`ALTER TABLE "Message" DROP CONSTRAINT short_text`);
    }
  });
});
