import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { withTestDb } from "@/lib/testing/with-test-db";
import { getWebhookEventPayload } from "@/lib/webhooks/get-webhook-event-payload";

withTestDb();

describe("getWebhookEventPayload", () => {
  it("returns the event with its body pretty-printed and its secrets redacted", async () => {
    const client = await db();
    const body = JSON.stringify({ object: "instagram", entry: [{ id: "17841400000000001", access_token: "IGAA-secret" }] });
    const { id } = await client.webhookEvent.create({ data: { body: Buffer.from(body), status: "dead", attempts: 5, lastError: "boom\nat line 2" } });
    const event = await getWebhookEventPayload(id);
    expect(event).toMatchObject({ id: String(id), status: "dead", attempts: 5, lastError: "boom\nat line 2", bytes: Buffer.byteLength(body) });
    expect(event!.payload.format).toBe("json");
    expect(event!.payload.text).toContain('"id": "17841400000000001"');
    expect(event!.payload.text).toContain('"access_token": "[redacted]"');
    expect(event!.payload.text).not.toContain("IGAA-secret");
  });

  it("returns null for an id that is not stored", async () => {
    expect(await getWebhookEventPayload(424242n)).toBeNull();
  });
});
