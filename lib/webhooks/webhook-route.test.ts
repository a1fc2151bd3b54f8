import { createHmac } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET, POST } from "@/app/webhooks/instagram/route";
import { db } from "@/lib/db";
import { saveInstagramSettings } from "@/lib/settings/save-instagram-settings";
import { aUser } from "@/lib/testing/factories";
import { withTestDb } from "@/lib/testing/with-test-db";
import { readCounter, REJECTED_SIGNATURES } from "@/lib/webhooks/counters";
import { MAX_WEBHOOK_BYTES } from "@/lib/webhooks/read-limited-body";
import { serveWebhookDelivery } from "@/lib/webhooks/serve-webhook-delivery";

withTestDb();

const SECRET = "5f2b0c6a9d8e7f6a5b4c3d2e1f0a9b8c";
const sign = (body: string | Buffer, secret = SECRET) => `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;

type Answer = { status: number; body: string };
/** Sends the body in the given chunks (declaring its length only when it is one chunk). */
type Post = (chunks: Buffer[], headers?: Record<string, string>) => Promise<Answer>;

const viaRouteHandler: Post = async (chunks, headers = {}) => {
  const body =
    chunks.length === 1
      ? chunks[0]
      : new ReadableStream({
          start(controller) {
            for (const chunk of chunks) controller.enqueue(new Uint8Array(chunk));
            controller.close();
          },
        });
  const response = await POST(
    new Request("http://localhost/webhooks/instagram", { method: "POST", body, headers: { "content-type": "application/json", ...headers }, duplex: "half" } as RequestInit),
  );
  return { status: response.status, body: await response.text() };
};

let server: http.Server;
beforeAll(async () => {
  server = http.createServer((request, response) => void serveWebhookDelivery(request, response));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const viaNodeIntake: Post = (chunks, headers = {}) =>
  new Promise((resolve, reject) => {
    const { port } = server.address() as AddressInfo;
    const length = chunks.length === 1 ? { "content-length": String(chunks[0]!.byteLength) } : {};
    const request = http.request({ port, host: "127.0.0.1", method: "POST", path: "/webhooks/instagram", headers: { "content-type": "application/json", ...length, ...headers } });
    request.on("response", (response) => {
      let text = "";
      response.setEncoding("utf8").on("data", (chunk: string) => (text += chunk));
      response.on("end", () => resolve({ status: response.statusCode!, body: text }));
    });
    // The server may close the connection on a refused body before all of it is written.
    request.on("error", (error) => (request.writableEnded ? undefined : reject(error)));
    for (const chunk of chunks) request.write(chunk);
    request.end();
  });

async function configure() {
  const admin = await aUser({ superAdmin: true });
  await saveInstagramSettings({ appId: "1234567890", appSecret: SECRET, verifyToken: "verify-me-0123456789abcdef0123456789", apiVersion: "v25.0", humanAgent: false }, admin);
}

async function storedEvents() {
  const client = await db();
  return client.webhookEvent.findMany();
}

describe.each([
  ["the route handler (next dev)", viaRouteHandler],
  ["the node:http intake (npm start)", viaNodeIntake],
])("POST /webhooks/instagram through %s", (_, send) => {
  const post = (body: string | Buffer, headers?: Record<string, string>) => send([Buffer.from(body)], headers);
  const body = JSON.stringify({ object: "instagram", entry: [{ id: "17841400000000001", time: 1, messaging: [] }] });

  it("stores a correctly signed delivery byte for byte and answers 200", async () => {
    await configure();
    const raw = Buffer.from(body.replace("}]}", ',"note":"caf\\u00e9 \u00e9"}]}'));
    const response = await post(raw, { "x-hub-signature-256": sign(raw) });
    expect(response.status).toBe(200);
    const [event] = await storedEvents();
    expect(Buffer.from(event!.body).equals(raw)).toBe(true);
    expect(event!.status).toBe("pending");
  });

  it.each([
    ["no signature", undefined],
    ["a signature made with another secret", sign(body, "another-secret-0123456789abcdef")],
    ["a signature of other bytes", sign(body + " ")],
    ["a truncated signature", sign(body).slice(0, 40)],
  ])("refuses %s with 401, stores nothing and counts it", async (_, signature) => {
    await configure();
    const response = await post(body, signature ? { "x-hub-signature-256": signature } : {});
    expect(response.status).toBe(401);
    expect(JSON.parse(response.body)).toEqual({ error: { code: "INVALID_SIGNATURE" } });
    expect(await storedEvents()).toEqual([]);
    expect((await readCounter(REJECTED_SIGNATURES)).value).toBe(1n);
  });

  it("refuses every delivery while no app secret is configured", async () => {
    const response = await post(body, { "x-hub-signature-256": sign(body, "") });
    expect(response.status).toBe(401);
  });

  it("refuses a body over 1 MB with 413, by its declared length or by what arrives", async () => {
    await configure();
    const big = Buffer.alloc(MAX_WEBHOOK_BYTES + 1, 0x20);
    expect((await post(big, { "x-hub-signature-256": sign(big) })).status).toBe(413);
    const streamed = await send([Buffer.alloc(MAX_WEBHOOK_BYTES), Buffer.alloc(10)]);
    expect(streamed.status).toBe(413);
    expect(await storedEvents()).toEqual([]);
  });

  it("keeps malformed JSON with a valid signature (the worker marks it invalid)", async () => {
    await configure();
    const response = await post("{not json", { "x-hub-signature-256": sign("{not json") });
    expect(response.status).toBe(200);
    expect(await storedEvents()).toHaveLength(1);
  });

  it("answers 503 when the event cannot be stored, so that Meta retries", async () => {
    await configure();
    const client = await db();
    await client.$executeRawUnsafe(`ALTER TABLE "WebhookEvent" RENAME TO "WebhookEventAway"`);
    try {
      expect((await post(body, { "x-hub-signature-256": sign(body) })).status).toBe(503);
    } finally {
      await client.$executeRawUnsafe(`ALTER TABLE "WebhookEventAway" RENAME TO "WebhookEvent"`);
    }
  });
});

describe("GET /webhooks/instagram", () => {
  it("answers the challenge for the configured verify token only", async () => {
    await configure();
    const get = (token: string) =>
      GET(new Request(`http://localhost/webhooks/instagram?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=${token}`));
    const ok = await get("verify-me-0123456789abcdef0123456789");
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe("1158201444");
    expect((await get("wrong")).status).toBe(403);
  });
});
