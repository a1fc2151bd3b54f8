import { beforeEach, describe, expect, it, vi } from "vitest";

const port = await vi.hoisted(async () => (await import("@/lib/testing/free-port")).instagramOnFreePort());

const { db } = await import("@/lib/db");
const { queue } = await import("@/lib/jobs/queue");
const { requestMarkSeen } = await import("@/lib/messages/mark-seen");
const { runSenderAction } = await import("@/lib/messages/run-sender-action");
const { aUser } = await import("@/lib/testing/factories");
const { aProcessedCustomerMessage, anInboxKnownToMeta } = await import("@/lib/testing/meta-inbox");
const { withMetaStandIn } = await import("@/lib/testing/meta-stand-in");
const { withTestDb } = await import("@/lib/testing/with-test-db");
const payload = await import("@/lib/webhooks/testing/payloads");

withTestDb();

const meta = withMetaStandIn(port);

/** A conversation whose customer wrote `hoursAgo`, seen by an agent of its inbox; mark_seen on or off. */
async function aConversation({ hoursAgo = 1, markSeen = true } = {}) {
  const { accountId, inboxId, instagramUserId } = await anInboxKnownToMeta(meta.url);
  const client = await db();
  await client.inbox.update({ where: { id: inboxId }, data: { sendMarkSeen: markSeen } });
  const agent = await aUser({ membership: { accountId, role: "agent" } });
  await client.inboxMember.create({ data: { inboxId, userId: agent.id } });
  const message = await aProcessedCustomerMessage(instagramUserId, "Is the cake ready?", { timestamp: Date.now() - hoursAgo * 3600_000 });
  return { viewer: { accountId, userId: agent.id, role: "agent" as const }, conversationId: message.conversationId, instagramUserId, inboxId };
}

// Test data restarts its ids, the queue does not: each test starts with no sender actions queued.
beforeEach(async () => {
  await queue();
  await (await db()).$executeRaw`DELETE FROM pgboss.job WHERE name = 'sender-actions'`;
});

/** The mark_seen jobs queued, oldest first. */
const jobs = async () =>
  (await db()).$queryRaw<{ data: { markSeen: true; messageId: number } }[]>`SELECT data FROM pgboss.job WHERE name = 'sender-actions' AND data ? 'markSeen' ORDER BY created_on`;
const first = { lastAttempt: false };

describe("mark_seen", () => {
  it("is sent once per latest customer message, however often the conversation is opened", async () => {
    const { viewer, conversationId, instagramUserId } = await aConversation();
    expect(await requestMarkSeen(viewer, conversationId)).toBe(true);
    expect(await requestMarkSeen(viewer, conversationId)).toBe(true);
    expect(await jobs()).toHaveLength(1);
    await runSenderAction((await jobs())[0]!.data, first);
    expect((await meta.control.state()).messages.map((m) => m.body)).toEqual([{ recipient: { id: payload.CUSTOMER }, sender_action: "mark_seen" }]);

    // The customer writes again: the next opening tells Instagram about that one.
    await aProcessedCustomerMessage(instagramUserId, "Hello?");
    await requestMarkSeen(viewer, conversationId);
    expect(await jobs()).toHaveLength(2);
  });

  it("is not sent where the inbox has not opted in, outside the window, or for someone who cannot see the conversation", async () => {
    const off = await aConversation({ markSeen: false });
    expect(await requestMarkSeen(off.viewer, off.conversationId)).toBe(false);
    const late = await aConversation({ hoursAgo: 30 });
    expect(await requestMarkSeen(late.viewer, late.conversationId)).toBe(false);
    const open = await aConversation();
    const outsider = await aUser({ membership: { accountId: open.viewer.accountId, role: "agent" } });
    expect(await requestMarkSeen({ ...open.viewer, userId: outsider.id }, open.conversationId)).toBe(false);
    expect(await jobs()).toHaveLength(0);
  });

  it("retries throttling, gives up on a refusal, and a dead token flags the inbox", async () => {
    const { viewer, conversationId, inboxId } = await aConversation();
    await requestMarkSeen(viewer, conversationId);
    const [job] = await jobs();
    const failure = (code: number) => ({ method: "POST", path: "*messages", status: 400, body: { error: { message: `(#${code})`, type: "OAuthException", code, fbtrace_id: "M1" } } });
    await meta.control.addFailure(failure(613));
    await expect(runSenderAction(job!.data, first)).rejects.toThrow();
    await meta.control.addFailure(failure(100));
    await expect(runSenderAction(job!.data, first)).resolves.toBeUndefined();
    await meta.control.addFailure(failure(190));
    await runSenderAction(job!.data, first);
    expect((await (await db()).instagramChannel.findUniqueOrThrow({ where: { inboxId } })).reauthorizationRequired).toBe(true);
  });
});
