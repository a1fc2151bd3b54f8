import { describe, expect, it } from "vitest";
import { isReachableByMeta } from "@/lib/instagram/public-url";

describe("isReachableByMeta", () => {
  it.each(["https://inbox.example.com", "https://example.com:8443/base", "https://8.8.8.8", "https://abc.ngrok.app"])(
    "accepts %s",
    (url) => expect(isReachableByMeta(url)).toBe(true),
  );

  it.each([
    "http://inbox.example.com",
    "http://localhost:3000",
    "https://localhost",
    "https://app.localhost",
    "https://127.0.0.1",
    "https://10.1.2.3",
    "https://172.20.0.1",
    "https://192.168.1.10",
    "https://169.254.1.1",
    "https://[::1]",
    "https://[fd00::1]",
    "https://printer.local",
    "https://intranet",
  ])("refuses %s", (url) => expect(isReachableByMeta(url)).toBe(false));
});
