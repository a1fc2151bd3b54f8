import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.hoisted(async () => {
  const { mkdtempSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  process.env.STORAGE_DIR = mkdtempSync(`${tmpdir()}/storage-`);
});

const { db } = await import("@/lib/db");
const { downloadAttachment } = await import("@/lib/attachments/download-attachment");
const { MAX_DOWNLOAD_BYTES } = await import("@/lib/storage/download-file");
const { anInstagramInbox } = await import("@/lib/testing/factories");
const { withTestDb } = await import("@/lib/testing/with-test-db");
const { processWebhookEvent } = await import("@/lib/webhooks/process-webhook-event");
const payload = await import("@/lib/webhooks/testing/payloads");

withTestDb();

// A stand-in CDN: each path answers differently.
let cdn: http.Server;
let base: string;
let flaky = 0;
beforeAll(async () => {
  cdn = http.createServer((req, res) => {
    if (req.url === "/photo.jpg") return res.writeHead(200, { "content-type": "image/jpeg" }).end(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]));
    if (req.url === "/expired") return res.writeHead(200, { "content-type": "text/html" }).end("<html>This content isn't available</html>");
    if (req.url === "/huge.mp4") {
      res.writeHead(200, { "content-type": "video/mp4" });
      const chunk = Buffer.alloc(1024 * 1024);
      for (let i = 0; i <= MAX_DOWNLOAD_BYTES / chunk.length; i++) res.write(chunk);
      return res.end();
    }
    if (req.url === "/flaky.mp3") return flaky++ === 0 ? res.writeHead(503).end() : res.writeHead(200, { "content-type": "audio/mpeg" }).end("ID3");
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => cdn.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(cdn.address() as AddressInfo).port}`;
});
// Ids restart with every test (the tables are emptied), and so would the paths of files.
beforeEach(() => fs.rmSync(path.join(process.env.STORAGE_DIR!, "attachments"), { recursive: true, force: true }));
afterAll(async () => {
  cdn.close();
  fs.rmSync(process.env.STORAGE_DIR!, { recursive: true, force: true });
});

async function anAttachment(url: string) {
  const { instagramUserId } = await anInstagramInbox();
  const client = await db();
  const { id } = await client.webhookEvent.create({
    data: { body: Buffer.from(payload.notification(instagramUserId, [payload.customerMessage(instagramUserId, { attachments: [{ type: "image", payload: { url } }] })])) },
  });
  await processWebhookEvent(id);
  return client.messageAttachment.findFirstOrThrow({ orderBy: { id: "desc" } });
}

const reload = async (id: number) => (await db()).messageAttachment.findUniqueOrThrow({ where: { id } });

describe("downloadAttachment", () => {
  it("copies the file under STORAGE_DIR with its type and size", async () => {
    const attachment = await anAttachment(`${base}/photo.jpg`);
    await downloadAttachment({ attachmentId: attachment.id }, { lastAttempt: false });
    const stored = await reload(attachment.id);
    expect(stored).toMatchObject({ fileStatus: "stored", contentType: "image/jpeg", byteSize: 7 });
    expect(fs.readFileSync(path.join(process.env.STORAGE_DIR!, stored.storagePath!))).toHaveLength(7);
  });

  it("marks a web page (an expired link) unavailable at once", async () => {
    const attachment = await anAttachment(`${base}/expired`);
    await downloadAttachment({ attachmentId: attachment.id }, { lastAttempt: false });
    expect(await reload(attachment.id)).toMatchObject({ fileStatus: "unavailable", storagePath: null });
  });

  it("refuses files over the size cap, leaving nothing behind", async () => {
    const attachment = await anAttachment(`${base}/huge.mp4`);
    await downloadAttachment({ attachmentId: attachment.id }, { lastAttempt: false });
    expect(await reload(attachment.id)).toMatchObject({ fileStatus: "unavailable" });
    const folder = path.join(process.env.STORAGE_DIR!, "attachments", String(attachment.messageId));
    expect(fs.existsSync(folder) ? fs.readdirSync(folder) : []).toEqual([]);
  });

  it("fails a transient error so that the queue retries, and marks it unavailable after the last attempt", async () => {
    const attachment = await anAttachment(`${base}/flaky.mp3`);
    await expect(downloadAttachment({ attachmentId: attachment.id }, { lastAttempt: false })).rejects.toThrow(/503/);
    expect(await reload(attachment.id)).toMatchObject({ fileStatus: "pending" });
    await downloadAttachment({ attachmentId: attachment.id }, { lastAttempt: false });
    expect(await reload(attachment.id)).toMatchObject({ fileStatus: "stored", contentType: "audio/mpeg" });

    const gone = await anAttachment(`${base}/missing-after-retries`);
    await downloadAttachment({ attachmentId: gone.id }, { lastAttempt: true });
    expect(await reload(gone.id)).toMatchObject({ fileStatus: "unavailable" });
  });
});
