import { describe, expect, it } from "vitest";
import { LOCKOUT_ATTEMPTS, LOCKOUT_WINDOW_MS, signInWithPassword } from "@/lib/auth/sign-in-with-password";
import { aUser } from "@/lib/testing/factories";
import { withTestDb } from "@/lib/testing/with-test-db";

withTestDb();

const at = (ms: number) => new Date(Date.UTC(2026, 10, 25, 12) + ms);

describe("signInWithPassword", () => {
  it("signs in with the right password, whatever the case of the email", async () => {
    const user = await aUser({ password: "right password" });
    const result = await signInWithPassword({ email: `  ${user.email.toUpperCase()} `, password: "right password" });
    expect(result).toEqual({ ok: true, user: { id: user.id, email: user.email, name: user.name } });
  });

  it("answers a wrong password and an unknown email in the same way", async () => {
    const user = await aUser({ password: "right password" });
    expect(await signInWithPassword({ email: user.email, password: "wrong password" })).toEqual({ ok: false, code: "INVALID_CREDENTIALS" });
    expect(await signInWithPassword({ email: "nobody@example.test", password: "x" })).toEqual({ ok: false, code: "INVALID_CREDENTIALS" });
  });

  it(`locks an email after ${LOCKOUT_ATTEMPTS} failures within the window, even for the right password`, async () => {
    const user = await aUser({ password: "right password" });
    for (let i = 0; i < LOCKOUT_ATTEMPTS; i++) {
      const result = await signInWithPassword({ email: user.email, password: "wrong", now: at(i * 1000) });
      expect(result.ok).toBe(false);
    }
    const locked = await signInWithPassword({ email: user.email, password: "right password", now: at(20_000) });
    expect(locked).toEqual({ ok: false, code: "LOCKED_OUT", retryAt: at(LOCKOUT_WINDOW_MS) });
  });

  it("does not count attempts made while locked, and lets the user in once the window has passed", async () => {
    const user = await aUser({ password: "right password" });
    for (let i = 0; i < LOCKOUT_ATTEMPTS; i++) await signInWithPassword({ email: user.email, password: "wrong", now: at(i) });
    await signInWithPassword({ email: user.email, password: "wrong", now: at(60_000) });
    const after = await signInWithPassword({ email: user.email, password: "right password", now: at(LOCKOUT_WINDOW_MS + 10) });
    expect(after.ok).toBe(true);
  });

  it("only counts failures inside the window, and a success clears them", async () => {
    const user = await aUser({ password: "right password" });
    for (let i = 0; i < LOCKOUT_ATTEMPTS - 1; i++) await signInWithPassword({ email: user.email, password: "wrong", now: at(i) });
    expect((await signInWithPassword({ email: user.email, password: "right password", now: at(1000) })).ok).toBe(true);
    for (let i = 0; i < LOCKOUT_ATTEMPTS - 1; i++) await signInWithPassword({ email: user.email, password: "wrong", now: at(2000 + i) });
    expect((await signInWithPassword({ email: user.email, password: "right password", now: at(3000) })).ok).toBe(true);
  });

  it("locks one email without affecting another", async () => {
    const victim = await aUser({ password: "right password" });
    const other = await aUser({ password: "other password" });
    for (let i = 0; i < LOCKOUT_ATTEMPTS; i++) await signInWithPassword({ email: victim.email, password: "wrong", now: at(i) });
    expect((await signInWithPassword({ email: other.email, password: "other password", now: at(100) })).ok).toBe(true);
  });
});
