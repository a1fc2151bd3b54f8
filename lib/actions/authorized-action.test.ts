import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { CurrentUser } from "@/lib/auth/get-current-user";
import { accountAction, superAdminAction } from "@/lib/actions/authorized-action";
import { aUser, anAccountWith } from "@/lib/testing/factories";
import { withTestDb } from "@/lib/testing/with-test-db";

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/get-current-user", () => ({ getCurrentUser: async () => session.user }));

withTestDb();
beforeEach(() => {
  session.user = null;
});

const handler = vi.fn(async (input: { accountId: number; name: string }) => `renamed ${input.accountId} to ${input.name}`);
const adminAction = accountAction({ schema: z.object({ name: z.string().min(1, { error: "required" }) }), role: "administrator" }, handler);

describe("accountAction", () => {
  it("refuses a caller without a session", async () => {
    const { account } = await anAccountWith("administrator");
    expect(await adminAction({ accountId: account.id, name: "x" })).toEqual({ ok: false, code: "UNAUTHENTICATED" });
    expect(handler).not.toHaveBeenCalled();
  });

  it("hides another account behind NOT_FOUND", async () => {
    const mine = await anAccountWith("administrator");
    const theirs = await anAccountWith("administrator");
    session.user = { ...mine.user };
    expect(await adminAction({ accountId: theirs.account.id, name: "x" })).toEqual({ ok: false, code: "NOT_FOUND" });
    expect(handler).not.toHaveBeenCalled();
  });

  it("refuses an agent with FORBIDDEN", async () => {
    const { account, user } = await anAccountWith("agent");
    session.user = user;
    expect(await adminAction({ accountId: account.id, name: "x" })).toEqual({ ok: false, code: "FORBIDDEN" });
  });

  it("returns field errors as translation keys", async () => {
    const { account, user } = await anAccountWith("administrator");
    session.user = user;
    expect(await adminAction({ accountId: account.id, name: "" })).toEqual({ ok: false, code: "VALIDATION", fieldErrors: { name: "required" } });
  });

  it("runs the handler for an administrator of the account", async () => {
    const { account, user } = await anAccountWith("administrator");
    session.user = user;
    expect(await adminAction({ accountId: account.id, name: "Acme" })).toEqual({ ok: true, data: `renamed ${account.id} to Acme` });
  });
});

describe("superAdminAction", () => {
  const action = superAdminAction(z.object({}), async () => "done");

  it("refuses anyone but a super admin", async () => {
    expect(await action({})).toEqual({ ok: false, code: "UNAUTHENTICATED" });
    session.user = await aUser();
    expect(await action({})).toEqual({ ok: false, code: "FORBIDDEN" });
    session.user = await aUser({ superAdmin: true });
    expect(await action({})).toEqual({ ok: true, data: "done" });
  });
});
