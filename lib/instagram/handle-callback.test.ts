import { describe, expect, it } from "vitest";
import { handleInstagramCallback } from "@/lib/instagram/handle-callback";
import { createOAuthState } from "@/lib/instagram/oauth-state";
import { anAccountWith, aUser } from "@/lib/testing/factories";
import { withTestDb } from "@/lib/testing/with-test-db";

type User = Awaited<ReturnType<typeof aUser>>;
const asCurrent = (user: User) => ({ id: user.id, email: user.email, name: user.name, superAdmin: false });

async function started(role: "administrator" | "agent" = "administrator") {
  const { account, user } = await anAccountWith(role);
  const { state, nonce } = createOAuthState({ accountId: account.id, userId: user.id, locale: "es" });
  const wizard = `/app/accounts/${account.id}/settings/inboxes/new/instagram`;
  return { account, user, state, nonce, wizard };
}

const query = (values: Record<string, string>) => new URLSearchParams(values);

describe("handleInstagramCallback before any call to Meta", () => {
  withTestDb();

  it("sends a visitor without a session to sign in", async () => {
    const result = await handleInstagramCallback({ params: query({}), cookieNonce: undefined, user: null, fallbackLocale: "en" });
    expect(result).toEqual({ href: "/login", locale: "en" });
  });

  it("refuses a tampered state", async () => {
    const { user, state, nonce, wizard } = await started();
    const result = await handleInstagramCallback({ params: query({ state: state.slice(0, -3) + "AAA", code: "c" }), cookieNonce: nonce, user: asCurrent(user), fallbackLocale: "en" });
    expect(result).toEqual({ href: `${wizard}?error=state_invalid`, locale: "en" });
  });

  it("refuses a state started by another user", async () => {
    const { account, state, nonce } = await started();
    const other = await aUser({ membership: { accountId: account.id, role: "administrator" } });
    const result = await handleInstagramCallback({ params: query({ state, code: "c" }), cookieNonce: nonce, user: asCurrent(other), fallbackLocale: "en" });
    expect(result.href).toMatch(/\?error=state_other_user$/);
  });

  it("refuses a state returning to another browser (no matching cookie)", async () => {
    const { user, state, wizard } = await started();
    const result = await handleInstagramCallback({ params: query({ state, code: "c" }), cookieNonce: "someone-elses-nonce", user: asCurrent(user), fallbackLocale: "en" });
    expect(result).toEqual({ href: `${wizard}?error=state_invalid`, locale: "es" });
  });

  it("uses a state once: a replay is refused", async () => {
    const { user, state, nonce, wizard } = await started();
    const params = query({ state, error: "access_denied", error_reason: "user_denied", error_description: "The user denied your request" });
    const first = await handleInstagramCallback({ params, cookieNonce: nonce, user: asCurrent(user), fallbackLocale: "en" });
    expect(first).toEqual({ href: `${wizard}?error=cancelled`, locale: "es" });
    // The browser no longer has the cookie after the first use.
    const replay = await handleInstagramCallback({ params, cookieNonce: undefined, user: asCurrent(user), fallbackLocale: "en" });
    expect(replay).toEqual({ href: `${wizard}?error=state_reused`, locale: "es" });
  });

  it("refuses a user who is no longer an administrator of the account", async () => {
    const { user, state, nonce } = await started("agent");
    const result = await handleInstagramCallback({ params: query({ state, code: "c" }), cookieNonce: nonce, user: asCurrent(user), fallbackLocale: "en" });
    expect(result.href).toMatch(/error=state_other_user$/);
  });

  it("shows the not-configured screen when the app has no credentials", async () => {
    const { user, state, nonce, wizard } = await started();
    const result = await handleInstagramCallback({ params: query({ state, code: "AQBx#_" }), cookieNonce: nonce, user: asCurrent(user), fallbackLocale: "en" });
    expect(result.href).toMatch(new RegExp(`^${wizard}\\?error=not_configured&attempt=\\d+$`));
  });
});
