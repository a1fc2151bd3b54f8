import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors/app-error";
import { setInboxMembers } from "@/lib/inboxes/set-inbox-members";
import { anAccountWith, aUser } from "@/lib/testing/factories";
import { withTestDb } from "@/lib/testing/with-test-db";

async function anInbox(accountId: number) {
  const client = await db();
  return client.inbox.create({ data: { accountId, name: "acme.bakery" } });
}

describe("setInboxMembers", () => {
  withTestDb();

  it("replaces the members with people of the account", async () => {
    const { account, user: admin } = await anAccountWith("administrator");
    const agent = await aUser({ membership: { accountId: account.id, role: "agent" } });
    const inbox = await anInbox(account.id);

    await setInboxMembers({ accountId: account.id, inboxId: inbox.id, userIds: [admin.id, agent.id, agent.id] });
    await setInboxMembers({ accountId: account.id, inboxId: inbox.id, userIds: [agent.id] });

    const client = await db();
    const members = await client.inboxMember.findMany({ where: { inboxId: inbox.id } });
    expect(members.map((m) => m.userId)).toEqual([agent.id]);
  });

  it("refuses people of another account and changes nothing", async () => {
    const { account, user: admin } = await anAccountWith("administrator");
    const { user: stranger } = await anAccountWith("agent");
    const inbox = await anInbox(account.id);
    await setInboxMembers({ accountId: account.id, inboxId: inbox.id, userIds: [admin.id] });

    const error = await setInboxMembers({ accountId: account.id, inboxId: inbox.id, userIds: [stranger.id] }).catch((e: unknown) => e);
    expect(isAppError(error, "VALIDATION")).toBe(true);
    const client = await db();
    expect((await client.inboxMember.findMany({ where: { inboxId: inbox.id } })).map((m) => m.userId)).toEqual([admin.id]);
  });

  it("treats another account's inbox as not found", async () => {
    const { account } = await anAccountWith("administrator");
    const { account: other } = await anAccountWith("administrator");
    const inbox = await anInbox(other.id);
    const error = await setInboxMembers({ accountId: account.id, inboxId: inbox.id, userIds: [] }).catch((e: unknown) => e);
    expect(isAppError(error, "NOT_FOUND")).toBe(true);
  });
});
