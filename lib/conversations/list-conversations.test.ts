import { describe, expect, it } from "vitest";
import { assignConversation, setConversationStatus } from "@/lib/conversations/manage-conversation";
import { conversationFiltersSchema, listConversations, markConversationRead, PAGE_SIZE, searchTuning } from "@/lib/conversations/list-conversations";
import { db } from "@/lib/db";
import { aUser, anInstagramInbox } from "@/lib/testing/factories";
import { withTestDb } from "@/lib/testing/with-test-db";
import { processWebhookEvent } from "@/lib/webhooks/process-webhook-event";
import * as payload from "@/lib/webhooks/testing/payloads";

withTestDb();

const filters = (input: Record<string, unknown> = {}) => conversationFiltersSchema.parse(input);

async function deliver(ig: string, customer: string, text: string, timestamp = Date.now()) {
  const client = await db();
  const { id } = await client.webhookEvent.create({ data: { body: Buffer.from(payload.notification(ig, [payload.customerMessage(ig, { text }, { customer, timestamp })])) } });
  await processWebhookEvent(id);
}

async function anInboxWithAgent() {
  const inbox = await anInstagramInbox();
  const agent = await aUser({ membership: { accountId: inbox.accountId, role: "agent" } });
  await (await db()).inboxMember.create({ data: { inboxId: inbox.inboxId, userId: agent.id } });
  return { ...inbox, viewer: { accountId: inbox.accountId, userId: agent.id, role: "agent" as const } };
}

describe("listConversations", () => {
  it("pages by cursor, newest activity first, without gaps or repeats", async () => {
    const { instagramUserId: ig, viewer } = await anInboxWithAgent();
    const total = PAGE_SIZE + 5;
    for (let i = 0; i < total; i++) await deliver(ig, `10000000000${String(i).padStart(5, "0")}`, `message ${i}`, Date.now() - (total - i) * 1000);
    const first = await listConversations(viewer, filters());
    expect(first.conversations).toHaveLength(PAGE_SIZE);
    expect(first.conversations[0]!.lastMessage?.text).toBe(`message ${total - 1}`);
    const second = await listConversations(viewer, filters({ cursor: first.nextCursor }));
    expect(second.nextCursor).toBeNull();
    const ids = [...first.conversations, ...second.conversations].map((c) => c.id);
    expect(new Set(ids).size).toBe(total);
  });

  it.each([
    ["rare terms (through the trigram indexes)", 2_000],
    ["common terms (newest conversations first)", 0],
  ])("filters by status, assignee and inbox, and searches names, usernames and message text: %s", async (_, rareTermRows) => {
    searchTuning.rareTermRows = rareTermRows;
    const { instagramUserId: ig, viewer, accountId } = await anInboxWithAgent();
    const other = await anInstagramInbox({ accountId });
    await deliver(ig, "2000000000000001", "Where is my order #4411?");
    await deliver(ig, "2000000000000002", "Do you ship to Lisbon?");
    await deliver(other.instagramUserId, "2000000000000003", "Hello from the other inbox");
    const client = await db();
    await client.contact.updateMany({ where: { igsid: "2000000000000002" }, data: { name: "Marta Sousa", username: "marta.sousa" } });
    const admin = { accountId, userId: (await aUser({ membership: { accountId, role: "administrator" } })).id, role: "administrator" as const };
    const texts = async (input: Record<string, unknown>, who: typeof viewer | typeof admin = admin) =>
      (await listConversations(who, filters(input))).conversations.map((c) => c.lastMessage?.text).sort();

    expect(await texts({})).toHaveLength(3);
    expect(await texts({}, viewer)).toHaveLength(2); // the agent is not a member of the other inbox
    expect(await texts({ inbox: other.inboxId })).toEqual(["Hello from the other inbox"]);
    expect(await texts({ q: "#4411" })).toEqual(["Where is my order #4411?"]);
    expect(await texts({ q: "marta" })).toEqual(["Do you ship to Lisbon?"]);
    expect(await texts({ q: "SOUSA" })).toEqual(["Do you ship to Lisbon?"]);

    const lisbon = (await listConversations(admin, filters({ q: "lisbon" }))).conversations[0]!;
    await assignConversation(admin, lisbon.id, viewer.userId);
    expect(await texts({ assignee: "me" }, viewer)).toEqual(["Do you ship to Lisbon?"]);
    expect(await texts({ assignee: "unassigned" }, viewer)).toEqual(["Where is my order #4411?"]);
    await setConversationStatus(admin, lisbon.id, "resolved");
    expect(await texts({}, viewer)).toEqual(["Where is my order #4411?"]);
    expect(await texts({ status: "resolved" }, viewer)).toEqual(["Do you ship to Lisbon?"]);
    expect(await texts({ status: "all" }, viewer)).toHaveLength(2);
    expect(await texts({ q: "lisbon", status: "resolved", assignee: "me" }, viewer)).toEqual(["Do you ship to Lisbon?"]);
    expect(await texts({ q: "%" })).toEqual([]);
    searchTuning.rareTermRows = 2_000;
  });

  it("pages through search results by cursor on the common-term path too", async () => {
    const { instagramUserId: ig, viewer } = await anInboxWithAgent();
    const total = PAGE_SIZE + 3;
    for (let i = 0; i < total; i++) await deliver(ig, `40000000000${String(i).padStart(5, "0")}`, `parcel ${i}`, Date.now() - (total - i) * 1000);
    await deliver(ig, "4000000000099999", "something else");
    searchTuning.rareTermRows = 0;
    try {
      const first = await listConversations(viewer, filters({ q: "PARCEL" }));
      const second = await listConversations(viewer, filters({ q: "PARCEL", cursor: first.nextCursor }));
      expect(first.conversations.map((c) => c.lastMessage?.text)[0]).toBe(`parcel ${total - 1}`);
      expect(second.nextCursor).toBeNull();
      expect(new Set([...first.conversations, ...second.conversations].map((c) => c.id)).size).toBe(total);
    } finally {
      searchTuning.rareTermRows = 2_000;
    }
  });

  it("counts what the customer sent since the viewer last opened the conversation", async () => {
    const { instagramUserId: ig, viewer } = await anInboxWithAgent();
    await deliver(ig, "3000000000000001", "one");
    await deliver(ig, "3000000000000001", "two");
    const [conversation] = (await listConversations(viewer, filters())).conversations;
    expect(conversation!.unread).toBe(2);
    await markConversationRead(viewer.userId, conversation!.id);
    expect((await listConversations(viewer, filters())).conversations[0]!.unread).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await deliver(ig, "3000000000000001", "three");
    expect((await listConversations(viewer, filters())).conversations[0]!.unread).toBe(1);
  });

  it("refuses filters it does not know", () => {
    expect(() => filters({ status: "spam" })).toThrow();
    expect(() => filters({ inbox: "abc" })).toThrow();
  });
});
