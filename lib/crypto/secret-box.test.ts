import { describe, expect, it } from "vitest";
import { decryptSecret, encryptSecret, UndecryptableSecretError } from "@/lib/crypto/secret-box";

const key = "k".repeat(40);
const otherKey = "o".repeat(40);

describe("secret box", () => {
  it("round-trips a value, including non-ASCII text", () => {
    const stored = encryptSecret("s3cr3t · ✓", "setting:instagram.appSecret", key);
    expect(decryptSecret(stored, "setting:instagram.appSecret", key)).toBe("s3cr3t · ✓");
  });

  it("never stores the plaintext and uses a fresh nonce each time", () => {
    const a = encryptSecret("0123456789abcdef", "p", key);
    const b = encryptSecret("0123456789abcdef", "p", key);
    expect(a).not.toContain("0123456789abcdef");
    expect(Buffer.from(a.slice(3), "base64url").toString("latin1")).not.toContain("0123456789abcdef");
    expect(a).not.toBe(b);
  });

  it("detects a tampered ciphertext", () => {
    const stored = encryptSecret("value", "p", key);
    const raw = Buffer.from(stored.slice(3), "base64url");
    raw[14] = raw[14]! ^ 0x01;
    expect(() => decryptSecret("v1." + raw.toString("base64url"), "p", key)).toThrow(UndecryptableSecretError);
  });

  it("refuses another key (AUTH_SECRET changed)", () => {
    const stored = encryptSecret("value", "p", key);
    expect(() => decryptSecret(stored, "p", otherKey)).toThrow(UndecryptableSecretError);
  });

  it("binds the value to its purpose", () => {
    const stored = encryptSecret("value", "setting:instagram.appSecret", key);
    expect(() => decryptSecret(stored, "setting:instagram.verifyToken", key)).toThrow(UndecryptableSecretError);
  });

  it("refuses values that are not ciphertexts at all", () => {
    for (const junk of ["", "plain", "v1.", "v1.AAAA", "v2." + "A".repeat(60)]) {
      expect(() => decryptSecret(junk, "p", key)).toThrow(UndecryptableSecretError);
    }
  });
});
