import { describe, expect, it } from "vitest";
import { verifySubscription } from "@/lib/webhooks/verify-subscription";

const query = (values: Record<string, string>) => new URLSearchParams(values);
const valid = { "hub.mode": "subscribe", "hub.verify_token": "the-verify-token-123", "hub.challenge": "1158201444" };

describe("verifySubscription", () => {
  it("echoes the challenge when the token matches", () => {
    expect(verifySubscription(query(valid), "the-verify-token-123")).toBe("1158201444");
  });

  it.each([
    ["a wrong token", { ...valid, "hub.verify_token": "the-verify-token-124" }],
    ["a token that is a prefix", { ...valid, "hub.verify_token": "the-verify-token" }],
    ["another mode", { ...valid, "hub.mode": "unsubscribe" }],
    ["no challenge", { "hub.mode": "subscribe", "hub.verify_token": "the-verify-token-123" }],
    ["no token", { "hub.mode": "subscribe", "hub.challenge": "1" }],
  ])("refuses %s", (_, values) => {
    expect(verifySubscription(query(values), "the-verify-token-123")).toBeNull();
  });

  it("refuses everything while no verify token is configured", () => {
    expect(verifySubscription(query({ ...valid, "hub.verify_token": "" }), undefined)).toBeNull();
    expect(verifySubscription(query({ ...valid, "hub.verify_token": "" }), "")).toBeNull();
  });
});
