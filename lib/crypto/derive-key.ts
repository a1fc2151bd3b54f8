import { hkdfSync } from "node:crypto";
import { authSecret } from "@/lib/auth/auth-secret";

const cache = new Map<string, Buffer>();

/**
 * One independent 256-bit key per use (secrets at rest, OAuth state, ...), all derived from
 * AUTH_SECRET with HKDF-SHA256, so that no two features ever share a key.
 */
export function deriveKey(use: string, secret: string = authSecret()): Buffer {
  const id = `${use}\u0000${secret}`;
  let key = cache.get(id);
  if (!key) cache.set(id, (key = Buffer.from(hkdfSync("sha256", secret, "switchboard", use, 32))));
  return key;
}
