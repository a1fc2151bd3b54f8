import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { WebhookEventStatus } from "@/lib/generated/prisma/enums";
import { anInstagramInbox } from "@/lib/testing/factories";
import { withTestDb } from "@/lib/testing/with-test-db";
import { countByStatus, listWebhookEvents } from "@/lib/webhooks/list-webhook-events";

withTestDb();

async function anEvent(options: { body?: string; status?: WebhookEventStatus; inboxIds?: number[]; receivedAt?: Date; lastError?: string } = {}) {
  const client = await db();
  const { body = '{"object":"instagram","entry":[]}', ...data } = options;
  const event = await client.webhookEvent.create({ data: { body: Buffer.from(body), ...data } });
  return String(event.id);
}

describe("listWebhookEvents", () => {
  it("lists the newest first, a page at a time below the cursor", async () => {
    const ids: string[] = [];
    for (let index = 0; index < 5; index++) ids.push(await anEvent());
    const first = await listWebhookEvents({ limit: 2 });
    expect(first.events.map((event) => event.id)).toEqual([ids[4], ids[3]]);
    expect(first.nextCursor).toBe(ids[3]);
    const second = await listWebhookEvents({ limit: 2, cursor: BigInt(first.nextCursor!) });
    expect(second.events.map((event) => event.id)).toEqual([ids[2], ids[1]]);
    const last = await listWebhookEvents({ limit: 2, cursor: BigInt(second.nextCursor!) });
    expect(last.events.map((event) => event.id)).toEqual([ids[0]]);
    expect(last.nextCursor).toBeNull();
  });

  it("filters by status, inbox and time received", async () => {
    const { inboxId } = await anInstagramInbox();
    const other = await anInstagramInbox();
    const dead = await anEvent({ status: "dead", inboxIds: [inboxId], receivedAt: new Date("2026-11-20T09:00:00Z") });
    const processed = await anEvent({ status: "processed", inboxIds: [inboxId, other.inboxId], receivedAt: new Date("2026-11-20T10:00:00Z") });
    const unroutable = await anEvent({ status: "unroutable", receivedAt: new Date("2026-11-20T11:00:00Z") });
    const ids = async (options: Parameters<typeof listWebhookEvents>[0]) => (await listWebhookEvents(options)).events.map((event) => event.id);

    expect(await ids({ limit: 10, status: "dead" })).toEqual([dead]);
    expect(await ids({ limit: 10, inboxId })).toEqual([processed, dead]);
    expect(await ids({ limit: 10, inboxId: other.inboxId })).toEqual([processed]);
    expect(await ids({ limit: 10, from: new Date("2026-11-20T10:00:00Z") })).toEqual([unroutable, processed]);
    expect(await ids({ limit: 10, to: new Date("2026-11-20T10:00:00Z") })).toEqual([processed, dead]);
    expect(await ids({ limit: 10, from: new Date("2026-11-20T09:30:00Z"), to: new Date("2026-11-20T10:30:00Z") })).toEqual([processed]);
    expect(await ids({ limit: 10, status: "processed", inboxId: other.inboxId, from: new Date("2026-11-21T00:00:00Z") })).toEqual([]);
  });

  it("names each event's inboxes with their accounts, keeps removed ones by id, and gives the body's size", async () => {
    const { inboxId, accountId } = await anInstagramInbox();
    const client = await db();
    const [inbox, account] = await Promise.all([
      client.inbox.findUniqueOrThrow({ where: { id: inboxId } }),
      client.account.findUniqueOrThrow({ where: { id: accountId } }),
    ]);
    const body = JSON.stringify({ object: "instagram", text: "café" });
    await anEvent({ body, status: "failed", inboxIds: [inboxId, 987654], lastError: "Graph API timeout" });
    const [event] = (await listWebhookEvents({ limit: 10 })).events;
    expect(event).toMatchObject({
      status: "failed",
      attempts: 0,
      lastError: "Graph API timeout",
      processedAt: null,
      inboxes: [
        { id: inboxId, name: inbox.name, accountName: account.name },
        { id: 987654, name: null, accountName: null },
      ],
      bytes: Buffer.byteLength(body),
    });
    expect(event!.receivedAt).toBeInstanceOf(Date);
    expect(event).not.toHaveProperty("body");
  });

  it("returns an empty page when nothing is stored", async () => {
    expect(await listWebhookEvents({ limit: 50 })).toEqual({ events: [], nextCursor: null });
  });
});

describe("countByStatus", () => {
  it("counts every status, zero for those with no event", async () => {
    await anEvent({ status: "dead" });
    await anEvent({ status: "dead" });
    await anEvent({ status: "processed" });
    expect(await countByStatus()).toEqual({ pending: 0, processed: 1, invalid: 0, unroutable: 0, failed: 0, dead: 2 });
  });
});
