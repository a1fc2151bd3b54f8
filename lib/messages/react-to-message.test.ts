import { describe, expect, it, vi } from "vitest";

const port = await vi.hoisted(async () => (await import("@/lib/testing/free-port")).instagramOnFreePort());

const { db } = await import("@/lib/db");
const { deliverSenderAction, reactToMessage } = await import("@/lib/messages/react-to-message");
const { aUser } = await import("@/lib/testing/factories");
const { aProcessedCustomerMessage, anInboxKnownToMeta } = await import("@/lib/testing/meta-inbox");
const { withMetaStandIn } = await import("@/lib/testing/meta-stand-in");
const { withTestDb } = await import("@/lib/testing/with-test-db");
const payload = await import("@/lib/webhooks/testing/payloads");

withTestDb();

const meta = withMetaStandIn(port);

async function aCustomerMessage(hoursAgo = 1) {
  const { accountId, instagramUserId } = await anInboxKnownToMeta(meta.url);
  const admin = await aUser({ membership: { accountId, role: "administrator" } });
  const message = await aProcessedCustomerMessage(instagramUserId, "Love the new cake!", { timestamp: Date.now() - hoursAgo * 3600_000 });
  return { viewer: { accountId, userId: admin.id, role: "administrator" as const }, message, instagramUserId };
}

const ours = async (messageId: number, reactorId: string) => (await db()).messageReaction.findUnique({ where: { messageId_reactorId: { messageId, reactorId } } });
const job = async () => {
  const [row] = await (await db()).$queryRaw<{ data: { messageId: number; react: boolean; at: number } }[]>`SELECT data FROM pgboss.job WHERE name = 'sender-actions' ORDER BY created_on DESC LIMIT 1`;
  return row!.data;
};

describe("reactToMessage", () => {
  it("shows the heart at once and sends sender_action react with the message's id", async () => {
    const { viewer, message, instagramUserId } = await aCustomerMessage();
    await reactToMessage(viewer, message.id, true);
    expect(await ours(message.id, instagramUserId)).toMatchObject({ reaction: "love", emoji: "❤️" });
    await deliverSenderAction(await job(), { lastAttempt: false });
    const [sent] = (await meta.control.state()).messages;
    expect(sent!.body).toEqual({ recipient: { id: payload.CUSTOMER }, sender_action: "react", payload: { message_id: message.mid, reaction: "love" } });

    await reactToMessage(viewer, message.id, false);
    expect(await ours(message.id, instagramUserId)).toMatchObject({ reaction: null, emoji: null });
    await deliverSenderAction(await job(), { lastAttempt: false });
    expect((await meta.control.state()).messages[1]!.body).toEqual({ recipient: { id: payload.CUSTOMER }, sender_action: "unreact", payload: { message_id: message.mid } });
  });

  it("takes the heart back when Meta refuses it", async () => {
    const { viewer, message, instagramUserId } = await aCustomerMessage();
    await reactToMessage(viewer, message.id, true);
    await meta.control.addFailure({ method: "POST", path: "*messages", status: 400, body: { error: { message: "Invalid parameter", type: "IGApiException", code: 100, fbtrace_id: "R1" } } });
    await deliverSenderAction(await job(), { lastAttempt: false });
    expect(await ours(message.id, instagramUserId)).toBeNull();
  });

  it("only within 24 hours of the customer's last message", async () => {
    const { viewer, message } = await aCustomerMessage(30);
    await expect(reactToMessage(viewer, message.id, true)).rejects.toMatchObject({ code: "MESSAGING_WINDOW_CLOSED" });
  });
});
