import { describe, expect, it } from "vitest";
import { messagingWindow } from "@/lib/messages/messaging-window";

const now = new Date("2026-11-28T12:00:00Z");
const ago = (hours: number) => new Date(now.getTime() - hours * 3600_000);

describe("messagingWindow", () => {
  it("is closed until the customer has written", () => {
    expect(messagingWindow(null, true, now)).toEqual({ state: "closed", reason: "noCustomerMessage" });
  });

  it("is open for 24 hours after the customer's last message, and says until when", () => {
    expect(messagingWindow(ago(1), false, now)).toEqual({ state: "open", closesAt: new Date("2026-11-29T11:00:00Z") });
    expect(messagingWindow(ago(23.99), false, now).state).toBe("open");
  });

  it("from 24 hours to 7 days allows only Human Agent replies, when enabled", () => {
    expect(messagingWindow(ago(24), true, now)).toEqual({ state: "humanAgent", closesAt: new Date("2026-12-04T12:00:00Z") });
    expect(messagingWindow(ago(30), true, now).state).toBe("humanAgent");
    expect(messagingWindow(ago(30), false, now)).toEqual({ state: "closed", reason: "humanAgentDisabled" });
    expect(messagingWindow(ago(7 * 24 - 0.01), true, now).state).toBe("humanAgent");
  });

  it("is closed after 7 days, Human Agent or not", () => {
    expect(messagingWindow(ago(7 * 24), true, now)).toEqual({ state: "closed", reason: "expired" });
    expect(messagingWindow(ago(8 * 24), false, now)).toEqual({ state: "closed", reason: "expired" });
  });
});
