import { createHmac, timingSafeEqual } from "node:crypto";

const PREFIX = "sha256=";
const HEX_LENGTH = 64;

/**
 * X-Hub-Signature-256 over the raw request bytes (never re-serialised JSON), compared in
 * constant time after the length and format are checked. Meta signs Instagram-Login webhooks
 * with the app secret; which one is not documented, so every candidate secret is tried.
 */
export function verifyWebhookSignature(rawBody: Uint8Array, header: string | null, secrets: readonly (string | undefined)[]): boolean {
  if (!header?.startsWith(PREFIX)) return false;
  const hex = header.slice(PREFIX.length).toLowerCase();
  if (hex.length !== HEX_LENGTH || !/^[0-9a-f]+$/.test(hex)) return false;
  const received = Buffer.from(hex, "hex");
  let valid = false;
  for (const secret of secrets) {
    if (!secret) continue;
    const expected = createHmac("sha256", secret).update(rawBody).digest();
    // No early exit: every configured secret costs the same time whether or not one matched.
    valid = timingSafeEqual(expected, received) || valid;
  }
  return valid;
}
