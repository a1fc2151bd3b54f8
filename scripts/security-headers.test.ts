import { describe, expect, it } from "vitest";
import { securityHeaders } from "./security-headers.mjs";

describe("securityHeaders", () => {
  it("sends HSTS only when the public URL is https", () => {
    expect(Object.fromEntries(securityHeaders("https://inbox.example.com"))["Strict-Transport-Security"]).toBe("max-age=31536000; includeSubDomains");
    expect(Object.keys(Object.fromEntries(securityHeaders("http://localhost:3000")))).not.toContain("Strict-Transport-Security");
  });

  it("forbids sniffing, framing and cross-site referrers on every response", () => {
    expect(Object.fromEntries(securityHeaders("http://localhost:3000"))).toMatchObject({ "X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY", "Referrer-Policy": "same-origin" });
  });
});
