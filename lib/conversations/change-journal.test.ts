import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { changesSince, JOURNAL_RETENTION_MS, resetChangeJournal, startChangeJournal } from "@/lib/conversations/change-journal";
import { publishConversationChange } from "@/lib/conversations/conversation-signals";
import { publish } from "@/lib/signals/signals";

// On the embedded database signals stay in the process, so publishing is all a test needs.
const T0 = Date.UTC(2026, 10, 28, 12);
const change = (id: number) => publishConversationChange({ id, accountId: 1 });

describe("the journal of recent conversation changes", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(T0);
  });
  afterEach(() => {
    resetChangeJournal();
    vi.useRealTimers();
  });

  it("cannot say anything before it started", () => {
    expect(changesSince(T0)).toBe("unknown");
    const renderedAt = startChangeJournal();
    // Its start is covered only past the clock margin given to other instances.
    expect(changesSince(renderedAt)).toBe("unknown");
    vi.setSystemTime(T0 + 5_000);
    expect(changesSince(T0 + 3_000)).toEqual([]);
  });

  it("names the changes heard since a time, allowing two seconds of clock skew", async () => {
    startChangeJournal();
    vi.setSystemTime(T0 + 10_000);
    await change(1);
    vi.setSystemTime(T0 + 20_000);
    await change(2);
    vi.setSystemTime(T0 + 30_000);
    expect(changesSince(T0 + 15_000)).toEqual([{ accountId: 1, conversationIds: [2] }]);
    expect(changesSince(T0 + 21_500)).toEqual([{ accountId: 1, conversationIds: [2] }]);
    expect(changesSince(T0 + 22_001)).toEqual([]);
    expect(changesSince(T0 + 5_000)).toEqual([
      { accountId: 1, conversationIds: [1] },
      { accountId: 1, conversationIds: [2] },
    ]);
  });

  it("forgets after five minutes, and then answers unknown for that time", async () => {
    startChangeJournal();
    vi.setSystemTime(T0 + 10_000);
    await change(1);
    vi.setSystemTime(T0 + 10_000 + JOURNAL_RETENTION_MS + 1);
    await change(2);
    expect(changesSince(T0 + 9_000)).toBe("unknown");
    expect(changesSince(T0 + JOURNAL_RETENTION_MS + 13_000)).toEqual([]);
    expect(changesSince(T0 + JOURNAL_RETENTION_MS + 9_000)).toEqual([{ accountId: 1, conversationIds: [2] }]);
  });

  it("after the listener reconnects, earlier times are unknown: signals may have been lost", async () => {
    startChangeJournal();
    vi.setSystemTime(T0 + 10_000);
    await change(1);
    vi.setSystemTime(T0 + 20_000);
    await publish("switchboard_conversations", "");
    // The listener's reconnect is an empty payload, as signals.ts delivers it.
    vi.setSystemTime(T0 + 30_000);
    expect(changesSince(T0 + 5_000)).toBe("unknown");
    expect(changesSince(T0 + 25_000)).toEqual([]);
  });
});
