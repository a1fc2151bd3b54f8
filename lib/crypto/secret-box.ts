import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { authSecret } from "@/lib/auth/auth-secret";
import { deriveKey } from "@/lib/crypto/derive-key";

/**
 * Secrets at rest (app secret, verify token, access tokens): AES-256-GCM with a key derived
 * from AUTH_SECRET by HKDF, a random 96-bit nonce per value, and the value's purpose as
 * associated data, so that a ciphertext copied onto another record does not decrypt.
 *
 * Stored form: "v1." + base64url(nonce ‖ ciphertext ‖ tag).
 */
const VERSION = "v1.";
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

/** The stored value cannot be decrypted: tampered with, or AUTH_SECRET changed since. */
export class UndecryptableSecretError extends Error {
  constructor(readonly purpose: string) {
    super(`stored secret for ${purpose} cannot be decrypted`);
    this.name = "UndecryptableSecretError";
  }
}

const keyFor = (secret: string) => deriveKey("secrets-at-rest/v1", secret);

export function encryptSecret(plaintext: string, purpose: string, secret: string = authSecret()): string {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv("aes-256-gcm", keyFor(secret), nonce);
  cipher.setAAD(Buffer.from(purpose, "utf8"));
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return VERSION + Buffer.concat([nonce, body, cipher.getAuthTag()]).toString("base64url");
}

export function decryptSecret(stored: string, purpose: string, secret: string = authSecret()): string {
  if (!stored.startsWith(VERSION)) throw new UndecryptableSecretError(purpose);
  const raw = Buffer.from(stored.slice(VERSION.length), "base64url");
  if (raw.length < NONCE_BYTES + TAG_BYTES) throw new UndecryptableSecretError(purpose);
  try {
    const decipher = createDecipheriv("aes-256-gcm", keyFor(secret), raw.subarray(0, NONCE_BYTES));
    decipher.setAAD(Buffer.from(purpose, "utf8"));
    decipher.setAuthTag(raw.subarray(raw.length - TAG_BYTES));
    return Buffer.concat([decipher.update(raw.subarray(NONCE_BYTES, raw.length - TAG_BYTES)), decipher.final()]).toString("utf8");
  } catch {
    throw new UndecryptableSecretError(purpose);
  }
}
