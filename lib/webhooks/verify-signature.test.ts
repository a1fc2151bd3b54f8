import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { verifyWebhookSignature } from "@/lib/webhooks/verify-signature";

const secret = "0123456789abcdef0123456789abcdef";
// Meta escapes non-ASCII in its payloads; the signature covers those exact bytes.
const body = Buffer.from('{"object":"instagram","entry":[{"id":"17841400000000001","messaging":[{"message":{"text":"caf\\u00e9"}}]}]}');
const sign = (bytes: Buffer, key = secret) => `sha256=${createHmac("sha256", key).update(bytes).digest("hex")}`;

describe("verifyWebhookSignature", () => {
  it("accepts Meta's signature over the raw bytes, in either case of hex", () => {
    expect(verifyWebhookSignature(body, sign(body), [secret])).toBe(true);
    expect(verifyWebhookSignature(body, sign(body).toUpperCase().replace("SHA256=", "sha256="), [secret])).toBe(true);
  });

  it("accepts a signature made with any of the configured secrets", () => {
    expect(verifyWebhookSignature(body, sign(body, "other-secret"), [undefined, secret, "other-secret"])).toBe(true);
  });

  it("refuses a signature over re-serialised JSON", () => {
    const reserialised = Buffer.from(JSON.stringify(JSON.parse(body.toString())));
    expect(reserialised.equals(body)).toBe(false);
    expect(verifyWebhookSignature(body, sign(reserialised), [secret])).toBe(false);
  });

  it.each([
    ["no header", null],
    ["an empty header", ""],
    ["the SHA-1 header format", `sha1=${"a".repeat(40)}`],
    ["a short digest", "sha256=abc"],
    ["a digest that is not hex", `sha256=${"z".repeat(64)}`],
    ["a wrong digest", `sha256=${"0".repeat(64)}`],
  ])("refuses %s", (_, header) => {
    expect(verifyWebhookSignature(body, header, [secret])).toBe(false);
  });

  it("refuses everything while no secret is configured", () => {
    expect(verifyWebhookSignature(body, sign(body), [undefined, ""])).toBe(false);
  });

  it("refuses a body changed after signing", () => {
    const tampered = Buffer.from(body.toString().replace("caf", "cab"));
    expect(verifyWebhookSignature(tampered, sign(body), [secret])).toBe(false);
  });
});
