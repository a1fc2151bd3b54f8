import { describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "@/lib/security/content-security-policy";

const directive = (policy: string, name: string) => policy.split("; ").find((part) => part.startsWith(`${name} `));

describe("contentSecurityPolicy", () => {
  const base = { nonce: "bm9uY2U", oauthOrigin: "https://www.instagram.com", https: true, development: false };

  it("allows scripts only with the response's nonce, and never eval in production", () => {
    const policy = contentSecurityPolicy(base);
    expect(directive(policy, "script-src")).toBe("script-src 'self' 'nonce-bm9uY2U' 'strict-dynamic'");
    expect(directive(policy, "frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directive(policy, "object-src")).toBe("object-src 'none'");
  });

  it("lets forms go to Instagram's authorize page and nowhere else", () => {
    expect(directive(contentSecurityPolicy({ ...base, oauthOrigin: "http://localhost:3199" }), "form-action")).toBe("form-action 'self' http://localhost:3199");
  });

  it("upgrades insecure requests only on https, and adds eval only for the development server", () => {
    expect(contentSecurityPolicy(base)).toContain("upgrade-insecure-requests");
    const local = contentSecurityPolicy({ ...base, https: false, development: true });
    expect(local).not.toContain("upgrade-insecure-requests");
    expect(directive(local, "script-src")).toContain("'unsafe-eval'");
  });
});
