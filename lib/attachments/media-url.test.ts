import { describe, expect, it } from "vitest";
import { MEDIA_URL_LIFETIME_MS, mediaToken, mediaUrl, readMediaToken } from "@/lib/attachments/media-url";

const NOW = Date.UTC(2026, 10, 28, 12);

describe("signed media URLs for Meta", () => {
  it("name their attachment until they expire", () => {
    const token = mediaToken(42, NOW);
    expect(readMediaToken(token, NOW)).toEqual({ attachmentId: 42 });
    expect(readMediaToken(token, NOW + MEDIA_URL_LIFETIME_MS - 1000)).toEqual({ attachmentId: 42 });
    expect(readMediaToken(token, NOW + MEDIA_URL_LIFETIME_MS + 1000)).toEqual({ refused: "expired" });
  });

  it("refuse another attachment's id, a moved expiry, a changed signature, and garbage", () => {
    const [id, expires, signature] = mediaToken(42, NOW).split(".") as [string, string, string];
    expect(id).toBe("42");
    expect(readMediaToken(`43.${expires}.${signature}`, NOW)).toEqual({ refused: "invalid" });
    expect(readMediaToken(`42.${Number(expires) + 3600}.${signature}`, NOW)).toEqual({ refused: "invalid" });
    const flipped = (signature[0] === "A" ? "B" : "A") + signature.slice(1);
    expect(readMediaToken(`42.${expires}.${flipped}`, NOW)).toEqual({ refused: "invalid" });
    expect(readMediaToken("42", NOW)).toEqual({ refused: "invalid" });
    expect(readMediaToken("", NOW)).toEqual({ refused: "invalid" });
  });

  it("is an address under APP_URL, outside the pages' locale prefix", () => {
    expect(mediaUrl(7, NOW)).toMatch(/^http:\/\/localhost:\d+\/api\/media\/7\.\d+\.[\w-]{43}$/);
  });
});
