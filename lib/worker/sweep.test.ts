import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { queue, QUEUES } from "@/lib/jobs/queue";
import { anInstagramInbox } from "@/lib/testing/factories";
import { withTestDb } from "@/lib/testing/with-test-db";
import { processWebhookEvent } from "@/lib/webhooks/process-webhook-event";
import * as payload from "@/lib/webhooks/testing/payloads";
import { sweep } from "@/lib/worker/sweep";

withTestDb();

describe("sweep", () => {
  it("queues stored work that has no job: events at start, stale attachments and profiles", async () => {
    const { instagramUserId: ig } = await anInstagramInbox();
    const client = await db();
    const body = Buffer.from(payload.notification(ig, [payload.customerMessage(ig, { attachments: [{ type: "image", payload: { url: "https://cdn.example/x.jpg" } }] })]));
    const processed = await client.webhookEvent.create({ data: { body } });
    await processWebhookEvent(processed.id);
    const waiting = await client.webhookEvent.create({ data: { body: Buffer.from("{}") } });
    // As if the follow-up jobs had been lost long ago.
    const boss = await queue();
    await boss.deleteAllJobs(QUEUES.mediaDownloads);
    await boss.deleteAllJobs(QUEUES.contactProfiles);
    const longAgo = new Date(Date.now() - 3_600_000);
    await client.messageAttachment.updateMany({ data: { createdAt: longAgo } });
    await client.contact.updateMany({ data: { createdAt: longAgo } });

    await sweep({ atStart: true });
    const [attachment, contact] = [await client.messageAttachment.findFirstOrThrow(), await client.contact.findFirstOrThrow()];
    expect(await boss.findJobs(QUEUES.mediaDownloads, { data: { attachmentId: attachment.id } })).toHaveLength(1);
    expect(await boss.findJobs(QUEUES.contactProfiles, { data: { contactId: contact.id } })).toHaveLength(1);
    expect(await boss.findJobs(QUEUES.webhookEvents, { data: { eventId: waiting.id.toString() } })).toHaveLength(1);
    // Sweeping again doubles nothing.
    await sweep({ atStart: true });
    expect(await boss.findJobs(QUEUES.mediaDownloads, { data: { attachmentId: attachment.id } })).toHaveLength(1);
  });
});
