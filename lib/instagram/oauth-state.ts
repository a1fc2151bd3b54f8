import { createHmac, randomBytes } from "node:crypto";
import { z } from "zod";
import { constantTimeEqual } from "@/lib/crypto/constant-time-equal";
import { deriveKey } from "@/lib/crypto/derive-key";

/**
 * The OAuth `state` sent through Instagram's authorize window: who asked (account, user), in
 * which language, for which inbox when re-authorizing, and until when. It is signed (HMAC with
 * a key derived from AUTH_SECRET), bound to the browser by a nonce also kept in a cookie, and
 * consumed once (see consume-oauth-state.ts).
 */
export const STATE_TTL_SECONDS = 10 * 60;

export type OAuthState = { accountId: number; userId: number; locale: string; inboxId?: number; nonce: string; expiresAt: number };

const payload = z.object({
  a: z.number().int().positive(),
  u: z.number().int().positive(),
  l: z.string().min(2).max(10),
  i: z.number().int().positive().optional(),
  n: z.string().min(16),
  e: z.number().int(),
});

const sign = (body: string, secret?: string) => createHmac("sha256", deriveKey("oauth-state/v1", secret)).update(body).digest("base64url");

export function createOAuthState(
  input: { accountId: number; userId: number; locale: string; inboxId?: number },
  { now = Date.now(), secret }: { now?: number; secret?: string } = {},
): { state: string; nonce: string; expiresAt: number } {
  const nonce = randomBytes(18).toString("base64url");
  const expiresAt = Math.floor(now / 1000) + STATE_TTL_SECONDS;
  const body = Buffer.from(
    JSON.stringify({ a: input.accountId, u: input.userId, l: input.locale, i: input.inboxId, n: nonce, e: expiresAt }),
  ).toString("base64url");
  return { state: `${body}.${sign(body, secret)}`, nonce, expiresAt };
}

export type StateCheck = { ok: true; state: OAuthState } | { ok: false; reason: "state_invalid" | "state_expired" };

/** Checks signature and expiry; the browser binding and single use are checked by the caller. */
export function readOAuthState(
  value: string | null | undefined,
  { now = Date.now(), secret }: { now?: number; secret?: string } = {},
): StateCheck {
  const [body, signature, extra] = (value ?? "").split(".");
  if (!body || !signature || extra !== undefined || !constantTimeEqual(signature, sign(body, secret))) {
    return { ok: false, reason: "state_invalid" };
  }
  let parsed: z.infer<typeof payload>;
  try {
    parsed = payload.parse(JSON.parse(Buffer.from(body, "base64url").toString("utf8")));
  } catch {
    return { ok: false, reason: "state_invalid" };
  }
  if (parsed.e * 1000 <= now) return { ok: false, reason: "state_expired" };
  return {
    ok: true,
    state: { accountId: parsed.a, userId: parsed.u, locale: parsed.l, inboxId: parsed.i, nonce: parsed.n, expiresAt: parsed.e },
  };
}
