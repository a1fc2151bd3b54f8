import { createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { configureQueues, QUEUES } from "@/lib/jobs/queue";
import { saveInstagramSettings } from "@/lib/settings/save-instagram-settings";
import { anInstagramInbox, aUser } from "@/lib/testing/factories";
import { withTestDb } from "@/lib/testing/with-test-db";
import { receiveWebhook } from "@/lib/webhooks/receive-webhook";
import * as payload from "@/lib/webhooks/testing/payloads";
import { startWorker } from "@/lib/worker/start-worker";

// The queue itself, on the embedded database: intake → job → worker, retries and dead letters.
configureQueues({ overrides: { [QUEUES.webhookEvents]: { retryLimit: 1, retryDelay: 1, retryDelayMax: 1 } } });
withTestDb();

const SECRET = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";
let stop: () => Promise<void>;
beforeAll(async () => {
  stop = await startWorker();
}, 30_000);
afterAll(() => stop?.());

async function signedDelivery(body: string) {
  const bytes = Buffer.from(body);
  return receiveWebhook(bytes, `sha256=${createHmac("sha256", SECRET).update(bytes).digest("hex")}`);
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("the worker", () => {
  it("processes what the intake stored, without waiting for a poll", async () => {
    const admin = await aUser({ superAdmin: true });
    await saveInstagramSettings({ appId: "1234567890", appSecret: SECRET, verifyToken: "", apiVersion: "v25.0", humanAgent: false }, admin);
    const { instagramUserId } = await anInstagramInbox();
    const client = await db();
    const outcomes = await Promise.all(
      Array.from({ length: 30 }, (_, n) =>
        signedDelivery(payload.notification(instagramUserId, [payload.customerMessage(instagramUserId, { text: `message ${n}` }, { customer: `90000000000000${n % 3}` })])),
      ),
    );
    expect(outcomes.every((outcome) => outcome.status === 200)).toBe(true);
    const processed = await until(() => client.webhookEvent.count({ where: { status: "processed" } }), (count) => count === 30);
    expect(processed).toBe(30);
    expect(await client.message.count()).toBe(30);
    expect(await client.contact.count()).toBe(3);
    expect(await client.conversation.count()).toBe(3);
  }, 30_000);

  it("retries a failing event, then dead-letters it with its error", async () => {
    const admin = await aUser({ superAdmin: true });
    await saveInstagramSettings({ appId: "1234567890", appSecret: SECRET, verifyToken: "", apiVersion: "v25.0", humanAgent: false }, admin);
    const { instagramUserId } = await anInstagramInbox();
    const client = await db();
    await client.$executeRawUnsafe(`ALTER TABLE "Message" ADD CONSTRAINT short_text CHECK (length(text) < 10)`);
    try {
      const outcome = await signedDelivery(payload.notification(instagramUserId, [payload.customerMessage(instagramUserId, { text: "too long for the constraint" })]));
      if (outcome.status !== 200) throw new Error("not stored");
      const event = await until(
        () => client.webhookEvent.findUniqueOrThrow({ where: { id: outcome.eventId } }),
        (e) => e.status === "dead",
      );
      expect(event).toMatchObject({ status: "dead", attempts: 2 });
      expect(event.lastError).toMatch(/short_text|constraint/i);
    } finally {
      await client.$executeRawUnsafe(`ALTER TABLE "Message" DROP CONSTRAINT short_text`);
    }
  }, 30_000);
});
