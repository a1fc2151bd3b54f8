import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/errors/is-unique-violation";
import type { OAuthState } from "@/lib/instagram/oauth-state";

/**
 * Marks a state as used; false when it already was (a reload of the callback, a replayed
 * URL). Used states are kept until they would have expired anyway, then purged.
 */
export async function consumeOAuthState(state: OAuthState, now = new Date()): Promise<boolean> {
  const client = await db();
  await client.usedOAuthState.deleteMany({ where: { expiresAt: { lt: now } } });
  try {
    await client.usedOAuthState.create({ data: { nonce: state.nonce, expiresAt: new Date(state.expiresAt * 1000) } });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

/** Whether a state was used already: a replay is named as such, not as a foreign browser. */
export async function wasOAuthStateUsed(state: OAuthState): Promise<boolean> {
  const client = await db();
  return (await client.usedOAuthState.count({ where: { nonce: state.nonce } })) > 0;
}
