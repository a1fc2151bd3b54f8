import { describe, expect, it } from "vitest";
import { createOAuthState, readOAuthState, STATE_TTL_SECONDS } from "@/lib/instagram/oauth-state";

const now = Date.UTC(2026, 10, 28, 12, 0, 0);
const input = { accountId: 7, userId: 42, locale: "pt-BR" };

describe("OAuth state", () => {
  it("round-trips account, user, locale, inbox and a fresh nonce", () => {
    const { state, nonce } = createOAuthState({ ...input, inboxId: 3 }, { now });
    const check = readOAuthState(state, { now: now + 1000 });
    expect(check).toEqual({ ok: true, state: { ...input, inboxId: 3, nonce, expiresAt: now / 1000 + STATE_TTL_SECONDS } });
    expect(createOAuthState(input, { now }).nonce).not.toBe(nonce);
  });

  it("is URL-safe", () => {
    expect(createOAuthState(input, { now }).state).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
  });

  it("expires after 10 minutes", () => {
    const { state } = createOAuthState(input, { now });
    expect(readOAuthState(state, { now: now + (STATE_TTL_SECONDS - 1) * 1000 }).ok).toBe(true);
    expect(readOAuthState(state, { now: now + STATE_TTL_SECONDS * 1000 })).toEqual({ ok: false, reason: "state_expired" });
  });

  it("refuses a tampered payload or signature", () => {
    const { state } = createOAuthState(input, { now });
    const [body, signature] = state.split(".") as [string, string];
    const forged = Buffer.from(Buffer.from(body, "base64url").toString().replace('"a":7', '"a":8')).toString("base64url");
    expect(readOAuthState(`${forged}.${signature}`, { now })).toEqual({ ok: false, reason: "state_invalid" });
    expect(readOAuthState(`${body}.${signature.slice(0, -2)}AA`, { now })).toEqual({ ok: false, reason: "state_invalid" });
    expect(readOAuthState(`${body}.${signature}.x`, { now })).toEqual({ ok: false, reason: "state_invalid" });
  });

  it("refuses a state signed with another AUTH_SECRET", () => {
    const { state } = createOAuthState(input, { now, secret: "a".repeat(40) });
    expect(readOAuthState(state, { now, secret: "b".repeat(40) })).toEqual({ ok: false, reason: "state_invalid" });
  });

  it.each([undefined, null, "", "abc", "a.b", "%%%.***"])("refuses %o", (value) => {
    expect(readOAuthState(value, { now })).toEqual({ ok: false, reason: "state_invalid" });
  });
});
