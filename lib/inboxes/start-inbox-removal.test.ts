import { beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/get-current-user";

const port = await vi.hoisted(async () => {
  Object.assign(process.env, { INSTAGRAM_APP_ID: "555000111", INSTAGRAM_APP_SECRET: "app-secret-of-removal-tests" });
  return (await import("@/lib/testing/free-port")).instagramOnFreePort();
});
const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/get-current-user", () => ({ getCurrentUser: async () => session.user }));

const { removeInboxAction } = await import("@/app/[locale]/app/accounts/[accountId]/settings/inboxes/actions");
const { newCode, REDIRECT } = await import("@/e2e/meta-stand-in/test-helpers");
const { getConversation } = await import("@/lib/conversations/get-conversation");
const { listConversations } = await import("@/lib/conversations/list-conversations");
const { listVisibleInboxes } = await import("@/lib/conversations/visible-inboxes");
const { db } = await import("@/lib/db");
const { getInbox, listInboxes } = await import("@/lib/inboxes/list-inboxes");
const { removeInboxData } = await import("@/lib/inboxes/remove-inbox-data");
const { setInboxMembers } = await import("@/lib/inboxes/set-inbox-members");
const { connectInstagramAccount } = await import("@/lib/instagram/connect-account");
const { subscribeToWebhooks } = await import("@/lib/instagram/meta-client");
const { channelToken } = await import("@/lib/instagram/token-purpose");
const { queue, QUEUES } = await import("@/lib/jobs/queue");
const { anAccountWith, aUser } = await import("@/lib/testing/factories");
const { aProcessedCustomerMessage, anInboxKnownToMeta } = await import("@/lib/testing/meta-inbox");
const { withMetaStandIn } = await import("@/lib/testing/meta-stand-in");
const { withTestDb } = await import("@/lib/testing/with-test-db");
const { processWebhookEvent } = await import("@/lib/webhooks/process-webhook-event");
const payload = await import("@/lib/webhooks/testing/payloads");

withTestDb();

const meta = withMetaStandIn(port);
beforeEach(() => {
  session.user = null;
});

/** An inbox subscribed to webhooks on the stand-in, with one conversation, and its administrator signed in. */
async function aConnectedInbox() {
  const inbox = await anInboxKnownToMeta(meta.url);
  await inbox.control.configureApp({ appId: "555000111", appSecret: "app-secret-of-removal-tests", redirectUris: [REDIRECT] });
  const client = await db();
  const channel = await client.instagramChannel.findUniqueOrThrow({ where: { instagramUserId: inbox.instagramUserId } });
  await subscribeToWebhooks({ apiVersion: "v25.0", token: channelToken(channel), fields: ["messages"] });
  const message = await aProcessedCustomerMessage(inbox.instagramUserId, "Is the shop open on Sunday?");
  const admin = await aUser({ membership: { accountId: inbox.accountId, role: "administrator" } });
  session.user = admin;
  const { name } = await client.inbox.findUniqueOrThrow({ where: { id: inbox.inboxId } });
  return { ...inbox, name, admin, conversationId: message.conversationId, viewer: { accountId: inbox.accountId, userId: admin.id, role: "administrator" as const } };
}

const unsubscribeCalls = async (userId: string) => (await meta.control.calls({ userId, path: "*subscribed_apps" })).filter((call) => call.method === "DELETE");

async function aWebhookAfterwards(instagramUserId: string) {
  const client = await db();
  const { id } = await client.webhookEvent.create({ data: { body: Buffer.from(payload.notification(instagramUserId, [payload.customerMessage(instagramUserId, { text: "Hello?" })])) } });
  await processWebhookEvent(id);
  return client.webhookEvent.findUniqueOrThrow({ where: { id }, select: { status: true, instagramUserIds: true, inboxIds: true } });
}

describe("removeInboxAction", () => {
  it("unsubscribes the account, forgets its token, hides the inbox at once and queues the rest", async () => {
    const inbox = await aConnectedInbox();
    expect(await removeInboxAction({ accountId: inbox.accountId, inboxId: inbox.inboxId, confirmation: inbox.name })).toEqual({ ok: true, data: { name: inbox.name } });

    expect(await unsubscribeCalls(inbox.instagramUserId)).toMatchObject([{ path: "/v25.0/me/subscribed_apps", status: 200 }]);
    expect((await inbox.control.state()).subscriptions[inbox.instagramUserId]).toBeUndefined();
    const client = await db();
    expect(await client.instagramChannel.count({ where: { inboxId: inbox.inboxId } })).toBe(0);

    expect(await getInbox({ accountId: inbox.accountId, inboxId: inbox.inboxId })).toBeNull();
    expect(await listVisibleInboxes(inbox.viewer)).toEqual([]);
    expect((await listConversations(inbox.viewer)).conversations).toEqual([]);
    expect(await getConversation(inbox.viewer, inbox.conversationId)).toBeNull();
    await expect(setInboxMembers({ accountId: inbox.accountId, inboxId: inbox.inboxId, userIds: [] })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await listInboxes({ accountId: inbox.accountId })).toMatchObject([{ id: inbox.inboxId, removalStartedAt: expect.any(Date) }]);
    const jobs = await (await queue()).findJobs(QUEUES.inboxRemovals, { data: { inboxId: inbox.inboxId } });
    expect(jobs).toHaveLength(1);
    // What was already under way for the inbox settles first.
    expect(jobs[0]!.startAfter.getTime()).toBeGreaterThan(Date.now() + 5_000);

    // Deleting it again: it is gone already.
    expect(await removeInboxAction({ accountId: inbox.accountId, inboxId: inbox.inboxId, confirmation: inbox.name })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("keeps webhooks for the account as unroutable, during the removal and after it", async () => {
    const inbox = await aConnectedInbox();
    await removeInboxAction({ accountId: inbox.accountId, inboxId: inbox.inboxId, confirmation: inbox.name });
    expect(await aWebhookAfterwards(inbox.instagramUserId)).toEqual({ status: "unroutable", instagramUserIds: [inbox.instagramUserId], inboxIds: [] });
    await removeInboxData({ inboxId: inbox.inboxId });
    expect(await (await db()).inbox.count({ where: { id: inbox.inboxId } })).toBe(0);
    expect(await aWebhookAfterwards(inbox.instagramUserId)).toMatchObject({ status: "unroutable" });
  });

  it("removes the inbox even when Meta refuses the token", async () => {
    const inbox = await aConnectedInbox();
    await inbox.control.revokeTokens(inbox.instagramUserId);
    expect(await removeInboxAction({ accountId: inbox.accountId, inboxId: inbox.inboxId, confirmation: inbox.name })).toMatchObject({ ok: true });
    expect(await unsubscribeCalls(inbox.instagramUserId)).toMatchObject([{ status: 400 }]);
    expect(await getInbox({ accountId: inbox.accountId, inboxId: inbox.inboxId })).toBeNull();
  });

  it("refuses a name that is not exactly the inbox's, an agent, and another account's administrator, changing nothing", async () => {
    const inbox = await aConnectedInbox();
    const attempt = (confirmation: string, accountId = inbox.accountId) => removeInboxAction({ accountId, inboxId: inbox.inboxId, confirmation });
    const mismatch = { ok: false, code: "VALIDATION", fieldErrors: { confirmation: "inboxNameMismatch" } };
    expect(await attempt("")).toEqual(mismatch);
    expect(await attempt(inbox.name.toUpperCase())).toEqual(mismatch);
    expect(await attempt(` ${inbox.name}`)).toEqual(mismatch);

    session.user = await aUser({ membership: { accountId: inbox.accountId, role: "agent" } });
    expect(await attempt(inbox.name)).toEqual({ ok: false, code: "FORBIDDEN" });

    const other = await anAccountWith("administrator");
    session.user = other.user;
    expect(await attempt(inbox.name)).toEqual({ ok: false, code: "NOT_FOUND" });
    expect(await attempt(inbox.name, other.account.id)).toEqual({ ok: false, code: "NOT_FOUND" });

    session.user = null;
    expect(await attempt(inbox.name)).toEqual({ ok: false, code: "UNAUTHENTICATED" });

    expect(await unsubscribeCalls(inbox.instagramUserId)).toEqual([]);
    expect(await getInbox({ accountId: inbox.accountId, inboxId: inbox.inboxId })).toMatchObject({ channel: { username: expect.any(String) } });
    expect((await listConversations(inbox.viewer)).conversations).toHaveLength(1);
  });

  it("lets the same Instagram account be connected again, as a new inbox", async () => {
    const inbox = await aConnectedInbox();
    await removeInboxAction({ accountId: inbox.accountId, inboxId: inbox.inboxId, confirmation: inbox.name });

    const connected = await connectInstagramAccount({ accountId: inbox.accountId, code: await newCode(meta.url, inbox.instagramUserId), redirectUri: REDIRECT });
    expect(connected).toMatchObject({ ok: true, reconnected: false });
    expect(connected.ok && connected.inboxId).not.toBe(inbox.inboxId);
    expect(await aWebhookAfterwards(inbox.instagramUserId)).toMatchObject({ status: "processed", inboxIds: [connected.ok && connected.inboxId] });
    // The old inbox's removal finishes without touching the new one.
    await removeInboxData({ inboxId: inbox.inboxId });
    expect((await listConversations(inbox.viewer)).conversations).toMatchObject([{ inbox: { id: connected.ok && connected.inboxId } }]);
  });
});
