import { describe, expect, it } from "vitest";
import { replayWebhookEventSchema, webhookEventFiltersSchema } from "@/lib/webhooks/schemas";

describe("replayWebhookEventSchema", () => {
  it("reads a decimal id as a BigInt, beyond 2^53 too", () => {
    expect(replayWebhookEventSchema.parse({ eventId: "9007199254740993" })).toEqual({ eventId: 9007199254740993n });
  });

  it.each([[""], ["0"], ["-1"], ["1.5"], ["12abc"], ["9223372036854775808"], [12], [null]])("refuses %j with the webhookEventId message", (eventId) => {
    const result = replayWebhookEventSchema.safeParse({ eventId });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("webhookEventId");
  });
});

describe("webhookEventFiltersSchema", () => {
  it("reads the query string, datetime-local values as UTC", () => {
    expect(webhookEventFiltersSchema.parse({ status: "dead", inbox: "3", from: "2026-11-20T09:30", to: "2026-11-21T00:00", cursor: "42", event: "7" })).toEqual({
      status: "dead",
      inbox: 3,
      from: new Date("2026-11-20T09:30:00Z"),
      to: new Date("2026-11-21T00:00:00Z"),
      cursor: 42n,
      event: 7n,
    });
  });

  it("ignores empty, unknown and malformed values instead of failing the page", () => {
    expect(webhookEventFiltersSchema.parse({ status: "", inbox: "", from: "", to: "" })).toEqual({});
    expect(webhookEventFiltersSchema.parse({ status: "lost", inbox: "-2", from: "yesterday", to: "2026-13-45T99:99", cursor: "x", event: ["1", "2"] })).toEqual({});
  });
});
