import { createHash } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

// The app's own address serves the media route (Meta fetches from there); the stand-in is Meta.
const { port, appPort } = await vi.hoisted(async () => {
  const { mkdtempSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { freePortSync, instagramOnFreePort } = await import("@/lib/testing/free-port");
  const appPort = freePortSync();
  Object.assign(process.env, { STORAGE_DIR: mkdtempSync(`${tmpdir()}/storage-`), APP_URL: `http://127.0.0.1:${appPort}` });
  return { port: instagramOnFreePort(), appPort };
});

const { GET: getMedia } = await import("@/app/api/media/[token]/route");
const { db } = await import("@/lib/db");
const { queue } = await import("@/lib/jobs/queue");
const { deliverReply } = await import("@/lib/messages/deliver-reply");
const { sendReply } = await import("@/lib/messages/send-reply");
const { releaseWaitingReplies } = await import("@/lib/messages/waiting-replies");
const { aUser } = await import("@/lib/testing/factories");
const { aProcessedCustomerMessage, anInboxKnownToMeta } = await import("@/lib/testing/meta-inbox");
const { withMetaStandIn } = await import("@/lib/testing/meta-stand-in");
const { withTestDb } = await import("@/lib/testing/with-test-db");

withTestDb();
// Test data restarts its ids, the queue does not.
beforeEach(async () => {
  await queue();
  await (await db()).$executeRaw`DELETE FROM pgboss.job WHERE name = 'outgoing-messages'`;
});
const meta = withMetaStandIn(port);

let app: http.Server;
beforeAll(async () => {
  app = http.createServer(async (req, res) => {
    const token = /^\/api\/media\/([^/]+)$/.exec(req.url ?? "")?.[1] ?? "";
    const response = await getMedia(new Request(`http://127.0.0.1:${appPort}${req.url}`), { params: Promise.resolve({ token }) });
    res.writeHead(response.status, Object.fromEntries(response.headers)).end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve) => app.listen(appPort, "127.0.0.1", resolve));
});
afterAll(async () => {
  await new Promise((resolve) => app.close(resolve));
  fs.rmSync(process.env.STORAGE_DIR!, { recursive: true, force: true });
});

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from("the rest of a small picture")]);
const png = { type: "image" as const, contentType: "image/png", bytes: new Uint8Array(PNG) };

async function aConversation() {
  const { accountId, inboxId, instagramUserId } = await anInboxKnownToMeta(meta.url);
  const agent = await aUser({ membership: { accountId, role: "agent" } });
  await (await db()).inboxMember.create({ data: { inboxId, userId: agent.id } });
  const { conversationId } = await aProcessedCustomerMessage(instagramUserId, "Can I see it?");
  return { viewer: { accountId, userId: agent.id, role: "agent" as const }, conversationId, instagramUserId };
}

const queuedReplies = async () =>
  (await (await db()).$queryRaw<{ data: unknown }[]>`SELECT data FROM pgboss.job WHERE name = 'outgoing-messages' ORDER BY created_on`).map((row) => row.data);

const stored = (id: number) => db().then((client) => client.message.findUniqueOrThrow({ where: { id }, include: { attachments: true } }));

describe("replies with a file", () => {
  it("store the file under its message, then the text as a second message; Meta fetches exactly that file", async () => {
    const { viewer, conversationId } = await aConversation();
    const { ids } = await sendReply(viewer, conversationId, { text: "Here it is", file: png });
    expect(ids).toHaveLength(2);
    const [withFile, withText] = await Promise.all(ids.map(stored));
    expect(withFile).toMatchObject({ status: "sending", text: null, attachments: [{ type: "image", fileStatus: "stored", contentType: "image/png", byteSize: PNG.length }] });
    expect(withText).toMatchObject({ status: "sending", text: "Here it is", attachments: [] });
    const file = path.join(process.env.STORAGE_DIR!, withFile!.attachments[0]!.storagePath!);
    expect(fs.readFileSync(file)).toEqual(PNG);

    // The caption is queued only once the file has gone, so that it never arrives first.
    const chain = { messageId: ids[0], attempt: 0, then: { messageId: ids[1]!, attempt: 0 } };
    expect(await queuedReplies()).toEqual([chain]);
    await deliverReply(chain, { lastAttempt: false });
    expect(await queuedReplies()).toContainEqual({ messageId: ids[1], attempt: 0 });
    const [sent] = (await meta.control.state()).messages;
    expect(sent!.body).toEqual({ recipient: { id: expect.any(String) }, message: { attachment: { type: "image", payload: { url: expect.stringMatching(`^http://127.0.0.1:${appPort}/api/media/`) } } } });
    expect(sent!.fetched).toEqual({ status: 200, contentType: "image/png", byteSize: PNG.length, sha256: createHash("sha256").update(PNG).digest("hex") });
    expect(await stored(ids[0])).toMatchObject({ status: "sent", mid: sent!.messageId });
  });

  it("written while the inbox awaits reauthorization, go out afterwards in the same order", async () => {
    const { viewer, conversationId } = await aConversation();
    const client = await db();
    const { inboxId } = await client.conversation.findUniqueOrThrow({ where: { id: conversationId } });
    await client.instagramChannel.updateMany({ where: { inboxId }, data: { reauthorizationRequired: true } });
    const { ids } = await sendReply(viewer, conversationId, { text: "Here it is", file: png });
    expect(await queuedReplies()).toEqual([]);
    await client.instagramChannel.updateMany({ where: { inboxId }, data: { reauthorizationRequired: false } });
    expect(await releaseWaitingReplies(inboxId)).toBe(2);
    expect(await queuedReplies()).toEqual([{ messageId: ids[0], attempt: 1, then: { messageId: ids[1], attempt: 1 } }]);
  });

  it("fail with their own reason when Meta cannot fetch the file", async () => {
    const { viewer, conversationId } = await aConversation();
    const { ids: [id] } = await sendReply(viewer, conversationId, { file: png });
    // Gone from storage: the media route answers 404, as for an expired address.
    fs.rmSync(path.join(process.env.STORAGE_DIR!, "attachments", String(id)), { recursive: true });
    await deliverReply({ messageId: id, attempt: 0 }, { lastAttempt: false });
    expect(await stored(id)).toMatchObject({ status: "failed", error: "attachmentRejected" });
    expect((await meta.control.state()).messages).toHaveLength(0);
  });

  it("leave neither message nor file behind when refused (the window is closed)", async () => {
    const attachments = path.join(process.env.STORAGE_DIR!, "attachments");
    const { viewer, conversationId } = await aConversation();
    const folders = () => (fs.existsSync(attachments) ? fs.readdirSync(attachments).length : 0);
    const before = folders();
    await (await db()).conversation.update({ where: { id: conversationId }, data: { lastCustomerMessageAt: new Date(Date.now() - 8 * 24 * 3600_000) } });
    await expect(sendReply(viewer, conversationId, { text: "late", file: png })).rejects.toMatchObject({ code: "MESSAGING_WINDOW_CLOSED" });
    expect(await (await db()).message.count({ where: { source: "agent" } })).toBe(0);
    expect(folders()).toBe(before);
  });

  it("need a text only when there is no file; a blank one beside a file is dropped", async () => {
    const { viewer, conversationId } = await aConversation();
    const { ids } = await sendReply(viewer, conversationId, { text: "   ", file: png });
    expect(ids).toHaveLength(1);
    await expect(sendReply(viewer, conversationId, { text: "é".repeat(501), file: png })).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { text: "tooLong" } });
  });
});

describe("the media route Meta fetches from", () => {
  it("serves an outgoing attachment for a valid token only", async () => {
    const { viewer, conversationId } = await aConversation();
    const { ids: [id] } = await sendReply(viewer, conversationId, { file: png });
    const attachmentId = (await stored(id)).attachments[0]!.id;
    const { mediaToken } = await import("@/lib/attachments/media-url");
    const token = mediaToken(attachmentId);
    const fetchMedia = (value: string) => fetch(`http://127.0.0.1:${appPort}/api/media/${value}`);
    const ok = await fetchMedia(token);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toBe("image/png");
    expect(Buffer.from(await ok.arrayBuffer())).toEqual(PNG);
    expect((await fetchMedia(token.replace(/^\d+/, String(attachmentId + 1)))).status).toBe(404);
    expect((await fetchMedia(`${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`)).status).toBe(404);
    expect((await fetchMedia(mediaToken(attachmentId, Date.now() - 8 * 24 * 3600_000))).status).toBe(404);
  });
});
