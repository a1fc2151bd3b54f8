import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.hoisted(async () => {
  const { mkdtempSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  process.env.STORAGE_DIR = mkdtempSync(`${tmpdir()}/storage-`);
});

const { attachmentFolder } = await import("@/lib/attachments/download-attachment");
const { db } = await import("@/lib/db");
const { queue, QUEUES } = await import("@/lib/jobs/queue");
const { removalBatch } = await import("@/lib/inboxes/removal-batches");
const { enqueueInboxRemovals, removalChunk, removeInboxData } = await import("@/lib/inboxes/remove-inbox-data");
const { anInstagramInbox, aUser } = await import("@/lib/testing/factories");
const { withTestDb } = await import("@/lib/testing/with-test-db");
const { processWebhookEvent } = await import("@/lib/webhooks/process-webhook-event");
const payload = await import("@/lib/webhooks/testing/payloads");
const { sweep } = await import("@/lib/worker/sweep");

withTestDb();

const storage = (relativePath: string) => path.join(process.env.STORAGE_DIR!, relativePath);
// Ids restart with every test (the tables are emptied), and so would the paths of files.
beforeEach(() => {
  fs.rmSync(process.env.STORAGE_DIR!, { recursive: true, force: true });
  // One batch per job, as if every batch took longer than a job's budget.
  Object.assign(removalBatch, { size: 2 });
  Object.assign(removalChunk, { ms: 0 });
});
afterAll(() => fs.rmSync(process.env.STORAGE_DIR!, { recursive: true, force: true }));

/** An inbox with two customers, two messages each (one with a copied image), pictures, a member and a read. */
async function aPopulatedInbox(accountId?: number) {
  const inbox = await anInstagramInbox({ accountId });
  const ig = inbox.instagramUserId;
  const client = await db();
  for (const customer of [`91${inbox.inboxId}000000000001`, `91${inbox.inboxId}000000000002`]) {
    const items = [
      payload.customerMessage(ig, { text: "Do you deliver?" }, { customer }),
      payload.customerMessage(ig, { attachments: [{ type: "image", payload: { url: "https://cdn.example/cake.jpg" } }] }, { customer, timestamp: Date.now() + 1 }),
    ];
    const { id } = await client.webhookEvent.create({ data: { body: Buffer.from(payload.notification(ig, items)) } });
    await processWebhookEvent(id);
  }
  const files: string[] = [];
  const keep = async (relativePath: string) => {
    fs.mkdirSync(path.dirname(storage(relativePath)), { recursive: true });
    fs.writeFileSync(storage(relativePath), "bytes");
    files.push(relativePath);
    return relativePath;
  };
  // As if the worker had copied the image and the profile pictures.
  for (const attachment of await client.messageAttachment.findMany({ where: { message: { inboxId: inbox.inboxId } } })) {
    const storagePath = await keep(`${attachmentFolder(attachment.messageId)}/${attachment.id}`);
    await client.messageAttachment.update({ where: { id: attachment.id }, data: { fileStatus: "stored", storagePath } });
  }
  for (const contact of await client.contact.findMany({ where: { inboxId: inbox.inboxId } })) {
    await client.contact.update({ where: { id: contact.id }, data: { avatarPath: await keep(`avatars/${contact.id}`) } });
  }
  const agent = await aUser({ membership: { accountId: inbox.accountId, role: "agent" } });
  await client.inboxMember.create({ data: { inboxId: inbox.inboxId, userId: agent.id } });
  const conversation = await client.conversation.findFirstOrThrow({ where: { inboxId: inbox.inboxId } });
  await client.conversationRead.create({ data: { conversationId: conversation.id, userId: agent.id, lastReadAt: new Date() } });
  return { ...inbox, files };
}

async function whatRemains(inboxId: number) {
  const client = await db();
  const [inboxes, messages, attachments, conversations, reads, contacts, members] = await Promise.all([
    client.inbox.count({ where: { id: inboxId } }),
    client.message.count({ where: { inboxId } }),
    client.messageAttachment.count({ where: { message: { inboxId } } }),
    client.conversation.count({ where: { inboxId } }),
    client.conversationRead.count({ where: { conversation: { inboxId } } }),
    client.contact.count({ where: { inboxId } }),
    client.inboxMember.count({ where: { inboxId } }),
  ]);
  return { inboxes, messages, attachments, conversations, reads, contacts, members };
}

const markRemoved = async (inboxId: number) => (await db()).inbox.update({ where: { id: inboxId }, data: { removalStartedAt: new Date() } });
const progressOf = async (inboxId: number) => (await db()).inbox.findUnique({ where: { id: inboxId }, select: { removalTotal: true, removalDone: true } });

/** Runs the removal's jobs one after the other, as the worker would, recording the progress after each. */
async function runRemoval(inboxId: number) {
  const progress: number[] = [];
  for (let job = 0; job < 50; job++) {
    await removeInboxData({ inboxId });
    const now = await progressOf(inboxId);
    if (!now) return progress;
    progress.push(now.removalDone);
  }
  throw new Error("the removal did not finish");
}

describe("removeInboxData", () => {
  it("deletes exactly that inbox's rows and files, batch by batch with its progress, then the inbox", async () => {
    const removed = await aPopulatedInbox();
    const kept = await aPopulatedInbox(removed.accountId);
    await markRemoved(removed.inboxId);

    await removeInboxData({ inboxId: removed.inboxId });
    // 4 messages, 2 conversations, 2 contacts.
    expect(await progressOf(removed.inboxId)).toEqual({ removalTotal: 8, removalDone: 2 });
    expect(await runRemoval(removed.inboxId)).toEqual([4, 6, 8]);

    expect(await whatRemains(removed.inboxId)).toEqual({ inboxes: 0, messages: 0, attachments: 0, conversations: 0, reads: 0, contacts: 0, members: 0 });
    expect(removed.files.filter((file) => fs.existsSync(storage(file)))).toEqual([]);
    expect(fs.readdirSync(storage("attachments")).length).toBe(2);

    expect(await whatRemains(kept.inboxId)).toEqual({ inboxes: 1, messages: 4, attachments: 2, conversations: 2, reads: 1, contacts: 2, members: 1 });
    expect(kept.files.length).toBe(4);
    expect(kept.files.every((file) => fs.existsSync(storage(file)))).toBe(true);
  });

  it("does it in one job when the batches fit in its time", async () => {
    const { inboxId } = await aPopulatedInbox();
    await markRemoved(inboxId);
    Object.assign(removalChunk, { ms: 60_000 });
    await removeInboxData({ inboxId });
    expect(await progressOf(inboxId)).toBeNull();
  });

  it("resumes after a crash between a batch's files and its rows, counting nothing twice", async () => {
    const { inboxId, files } = await aPopulatedInbox();
    await markRemoved(inboxId);
    await removeInboxData({ inboxId });
    const client = await db();
    // The next batch's files are deleted, then its transaction never commits.
    const crash = vi.spyOn(client, "$transaction").mockRejectedValueOnce(new Error("process killed"));
    await expect(removeInboxData({ inboxId })).rejects.toThrow("process killed");
    crash.mockRestore();
    expect(await progressOf(inboxId)).toEqual({ removalTotal: 8, removalDone: 2 });
    expect(await client.message.count({ where: { inboxId } })).toBe(2);

    expect(await runRemoval(inboxId)).toEqual([4, 6, 8]);
    expect(await whatRemains(inboxId)).toMatchObject({ inboxes: 0, messages: 0, contacts: 0 });
    expect(files.filter((file) => fs.existsSync(storage(file)))).toEqual([]);
  });

  it("leaves an inbox alone unless it is being removed", async () => {
    const { inboxId } = await aPopulatedInbox();
    await removeInboxData({ inboxId });
    expect(await whatRemains(inboxId)).toMatchObject({ inboxes: 1, messages: 4, contacts: 2 });
  });
});

describe("the removal's jobs", () => {
  const jobsFor = async (inboxId: number) => (await (await queue()).findJobs(QUEUES.inboxRemovals, { data: { inboxId } })).filter((job) => job.state === "created");

  it("are one per inbox, however often they are queued", async () => {
    const [first, second] = [await anInstagramInbox(), await anInstagramInbox()];
    await enqueueInboxRemovals([first.inboxId, second.inboxId]);
    await enqueueInboxRemovals([first.inboxId]);
    await enqueueInboxRemovals([first.inboxId, second.inboxId]);
    expect(await jobsFor(first.inboxId)).toHaveLength(1);
    expect(await jobsFor(second.inboxId)).toHaveLength(1);
  });

  it("hand over to the next when their time is up, and the sweep queues a removal whose job was lost", async () => {
    const { inboxId } = await aPopulatedInbox();
    await markRemoved(inboxId);
    await removeInboxData({ inboxId });
    expect(await jobsFor(inboxId)).toHaveLength(1);

    await (await queue()).deleteAllJobs(QUEUES.inboxRemovals);
    await sweep();
    expect(await jobsFor(inboxId)).toHaveLength(1);
  });
});
