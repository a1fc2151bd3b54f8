import { describe, expect, it } from "vitest";
import { assignConversation, setConversationStatus } from "@/lib/conversations/manage-conversation";
import { db } from "@/lib/db";
import { aUser, anInstagramInbox } from "@/lib/testing/factories";
import { withTestDb } from "@/lib/testing/with-test-db";
import { processWebhookEvent } from "@/lib/webhooks/process-webhook-event";
import * as payload from "@/lib/webhooks/testing/payloads";

withTestDb();

async function aConversation() {
  const { accountId, inboxId, instagramUserId } = await anInstagramInbox();
  const client = await db();
  const member = await aUser({ membership: { accountId, role: "agent" } });
  await client.inboxMember.create({ data: { inboxId, userId: member.id } });
  const { id } = await client.webhookEvent.create({ data: { body: Buffer.from(payload.notification(instagramUserId, [payload.customerMessage(instagramUserId, { text: "hi" })])) } });
  await processWebhookEvent(id);
  const conversation = await client.conversation.findFirstOrThrow();
  return { accountId, instagramUserId, conversationId: conversation.id, member: { accountId, userId: member.id, role: "agent" as const } };
}

const conversationRow = async (id: number) => (await db()).conversation.findUniqueOrThrow({ where: { id } });

describe("assignConversation", () => {
  it("assigns to an agent of the inbox or an administrator, and unassigns", async () => {
    const { accountId, conversationId, member } = await aConversation();
    const admin = await aUser({ membership: { accountId, role: "administrator" } });
    await assignConversation(member, conversationId, member.userId);
    expect((await conversationRow(conversationId)).assigneeId).toBe(member.userId);
    await assignConversation(member, conversationId, admin.id);
    expect((await conversationRow(conversationId)).assigneeId).toBe(admin.id);
    await assignConversation(member, conversationId, null);
    expect((await conversationRow(conversationId)).assigneeId).toBeNull();
  });

  it("refuses someone who cannot see the inbox, and hides the conversation from them", async () => {
    const { accountId, conversationId, member } = await aConversation();
    const outsider = await aUser({ membership: { accountId, role: "agent" } });
    await expect(assignConversation(member, conversationId, outsider.id)).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(assignConversation({ accountId, userId: outsider.id, role: "agent" }, conversationId, outsider.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await conversationRow(conversationId)).assigneeId).toBeNull();
  });
});

describe("setConversationStatus", () => {
  it("resolves and reopens", async () => {
    const { conversationId, member } = await aConversation();
    await setConversationStatus(member, conversationId, "resolved");
    expect((await conversationRow(conversationId)).status).toBe("resolved");
    await setConversationStatus(member, conversationId, "open");
    expect((await conversationRow(conversationId)).status).toBe("open");
  });

  it("will not reopen while the contact has another open conversation", async () => {
    const { conversationId, member } = await aConversation();
    const client = await db();
    await setConversationStatus(member, conversationId, "resolved");
    const old = await conversationRow(conversationId);
    await client.conversation.create({ data: { accountId: old.accountId, inboxId: old.inboxId, contactId: old.contactId, lastActivityAt: new Date() } });
    await expect(setConversationStatus(member, conversationId, "open")).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { status: "alreadyOpen" } });
  });
});
