import { describe, expect, it } from "vitest";
import { removeAgent } from "@/lib/agents/remove-agent";
import { subscribeToAccessChanges } from "@/lib/auth/access-signals";
import { viewerStillAllowed } from "@/lib/auth/viewer-still-allowed";
import { db } from "@/lib/db";
import { setInboxMembers } from "@/lib/inboxes/set-inbox-members";
import { anAccountWith, aUser } from "@/lib/testing/factories";
import { withTestDb } from "@/lib/testing/with-test-db";

describe("viewerStillAllowed and access signals", () => {
  withTestDb();

  it("holds while the membership and its role hold, and ends with either", async () => {
    const { account } = await anAccountWith("administrator");
    const agent = await aUser({ membership: { accountId: account.id, role: "agent" } });
    const viewer = { accountId: account.id, userId: agent.id, role: "agent" as const };
    expect(await viewerStillAllowed(viewer)).toBe(true);
    expect(await viewerStillAllowed({ ...viewer, role: "administrator" })).toBe(false);
    expect(await viewerStillAllowed({ ...viewer, accountId: account.id + 1000 })).toBe(false);

    const heard: (number[] | null)[] = [];
    const unsubscribe = subscribeToAccessChanges((userIds) => heard.push(userIds));
    await removeAgent({ accountId: account.id, userId: agent.id });
    unsubscribe();
    expect(await viewerStillAllowed(viewer)).toBe(false);
    expect(heard).toEqual([[agent.id]]);
  });

  it("signals exactly the people who came into or left an inbox", async () => {
    const { account, user: admin } = await anAccountWith("administrator");
    const stays = await aUser({ membership: { accountId: account.id, role: "agent" } });
    const leaves = await aUser({ membership: { accountId: account.id, role: "agent" } });
    const client = await db();
    const inbox = await client.inbox.create({ data: { accountId: account.id, name: "acme.bakery" } });
    await setInboxMembers({ accountId: account.id, inboxId: inbox.id, userIds: [stays.id, leaves.id] });

    const heard: (number[] | null)[] = [];
    const unsubscribe = subscribeToAccessChanges((userIds) => heard.push(userIds));
    await setInboxMembers({ accountId: account.id, inboxId: inbox.id, userIds: [stays.id, admin.id] });
    await setInboxMembers({ accountId: account.id, inboxId: inbox.id, userIds: [stays.id, admin.id] });
    unsubscribe();
    expect(heard).toEqual([[leaves.id, admin.id]]);
  });
});
