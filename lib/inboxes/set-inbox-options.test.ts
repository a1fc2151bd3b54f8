import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors/app-error";
import { setInboxOptions } from "@/lib/inboxes/set-inbox-options";
import { anAccountWith } from "@/lib/testing/factories";
import { withTestDb } from "@/lib/testing/with-test-db";

describe("setInboxOptions", () => {
  withTestDb();

  it("keeps both options off until an administrator turns them on", async () => {
    const { account } = await anAccountWith("administrator");
    const client = await db();
    const inbox = await client.inbox.create({ data: { accountId: account.id, name: "acme.bakery" } });
    expect(inbox).toMatchObject({ sendMessageReplies: false, sendMarkSeen: false });

    await setInboxOptions({ accountId: account.id, inboxId: inbox.id, sendMessageReplies: true, sendMarkSeen: false });
    expect(await client.inbox.findUniqueOrThrow({ where: { id: inbox.id } })).toMatchObject({ sendMessageReplies: true, sendMarkSeen: false });
  });

  it("does not reach another account's inbox", async () => {
    const { account } = await anAccountWith("administrator");
    const { account: other } = await anAccountWith("administrator");
    const client = await db();
    const inbox = await client.inbox.create({ data: { accountId: other.id, name: "globex.shop" } });

    const error = await setInboxOptions({ accountId: account.id, inboxId: inbox.id, sendMessageReplies: true, sendMarkSeen: true }).catch((e: unknown) => e);
    expect(isAppError(error, "NOT_FOUND")).toBe(true);
    expect(await client.inbox.findUniqueOrThrow({ where: { id: inbox.id } })).toMatchObject({ sendMessageReplies: false, sendMarkSeen: false });
  });
});
