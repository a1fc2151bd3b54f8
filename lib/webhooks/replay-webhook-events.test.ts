import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { queue, QUEUES } from "@/lib/jobs/queue";
import { anInstagramInbox } from "@/lib/testing/factories";
import { withTestDb } from "@/lib/testing/with-test-db";
import { processWebhookEvent } from "@/lib/webhooks/process-webhook-event";
import { replayWebhookEvents } from "@/lib/webhooks/replay-webhook-events";
import * as payload from "@/lib/webhooks/testing/payloads";

withTestDb();

describe("replayWebhookEvents", () => {
  it("sends a dead event through the worker again, which applies it once its cause is fixed", async () => {
    const { instagramUserId: ig } = await anInstagramInbox();
    const client = await db();
    await client.$executeRawUnsafe(`ALTER TABLE "Message" ADD CONSTRAINT short_text CHECK (length(text) < 10)`);
    const { id } = await client.webhookEvent.create({ data: { body: Buffer.from(payload.notification(ig, [payload.customerMessage(ig, { text: "longer than ten" })])) } });
    await expect(processWebhookEvent(id, { lastAttempt: true })).rejects.toThrow();
    await client.$executeRawUnsafe(`ALTER TABLE "Message" DROP CONSTRAINT short_text`);

    expect(await replayWebhookEvents({ ids: [id] })).toBe(1);
    expect(await client.webhookEvent.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "pending", attempts: 0, replays: 1 });
    const jobs = await (await queue()).findJobs(QUEUES.webhookEvents, { data: { eventId: id.toString() } });
    expect(jobs).toHaveLength(1);

    await processWebhookEvent(id);
    expect(await client.webhookEvent.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "processed", attempts: 1 });
    expect((await client.message.findMany()).map((m) => m.text)).toEqual(["longer than ten"]);
  });

  it("replays every dead event at once, and nothing that is not dead or unroutable", async () => {
    const client = await db();
    const body = Buffer.from("{}");
    const events = await client.webhookEvent.createManyAndReturn({
      data: [{ body, status: "dead" }, { body, status: "dead" }, { body, status: "processed" }, { body, status: "unroutable" }],
      select: { id: true },
    });
    expect(await replayWebhookEvents({ ids: [events[2]!.id] })).toBe(0);
    expect(await replayWebhookEvents({ allDead: true })).toBe(2);
    expect((await client.webhookEvent.findMany({ orderBy: { id: "asc" } })).map((e) => e.status)).toEqual(["pending", "pending", "processed", "unroutable"]);
    expect(await replayWebhookEvents({ ids: [events[3]!.id] })).toBe(1);
  });
});
