import { describe, expect, it } from "vitest";
import { assertAccountAccess } from "@/lib/auth/assert-account-access";
import { assertSuperAdmin } from "@/lib/auth/assert-super-admin";
import { AppError } from "@/lib/errors/app-error";
import { aUser, anAccountWith } from "@/lib/testing/factories";
import { withTestDb } from "@/lib/testing/with-test-db";

withTestDb();

const code = (promise: Promise<unknown>) =>
  promise.then(
    () => "OK",
    (error: unknown) => (error instanceof AppError ? error.code : String(error)),
  );

describe("assertAccountAccess", () => {
  it("refuses a request without a session before looking anything up", async () => {
    const { account } = await anAccountWith("administrator");
    expect(await code(assertAccountAccess({ userId: undefined, accountId: account.id }))).toBe("UNAUTHENTICATED");
  });

  it("lets members in with their role", async () => {
    const { account, user } = await anAccountWith("agent");
    expect(await assertAccountAccess({ userId: user.id, accountId: account.id })).toEqual({ role: "agent" });
  });

  it("answers NOT_FOUND for another account, exactly as for an account that does not exist", async () => {
    const a = await anAccountWith("administrator");
    const b = await anAccountWith("administrator");
    expect(await code(assertAccountAccess({ userId: a.user.id, accountId: b.account.id }))).toBe("NOT_FOUND");
    expect(await code(assertAccountAccess({ userId: a.user.id, accountId: 999_999 }))).toBe("NOT_FOUND");
  });

  it("refuses agents on administrator-only actions with FORBIDDEN", async () => {
    const { account, user } = await anAccountWith("agent");
    expect(await code(assertAccountAccess({ userId: user.id, accountId: account.id, role: "administrator" }))).toBe("FORBIDDEN");
  });

  it("does not make super admins implicit members of every account", async () => {
    const { account } = await anAccountWith("administrator");
    const superAdmin = await aUser({ superAdmin: true });
    expect(await code(assertAccountAccess({ userId: superAdmin.id, accountId: account.id }))).toBe("NOT_FOUND");
  });
});

describe("assertSuperAdmin", () => {
  it("distinguishes no session from a signed-in user without the flag", async () => {
    const user = await aUser();
    expect(() => assertSuperAdmin(null)).toThrow(expect.objectContaining({ code: "UNAUTHENTICATED" }));
    expect(() => assertSuperAdmin(user)).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
    expect(() => assertSuperAdmin({ ...user, superAdmin: true })).not.toThrow();
  });
});
