import { describe, expect, it } from "vitest";
import { MAX_STREAMS_PER_USER, takeStreamSlot } from "@/lib/conversations/stream-slots";

describe("takeStreamSlot", () => {
  it("gives a user ten streams, refuses the eleventh, and frees a slot on release (once)", () => {
    const releases = Array.from({ length: MAX_STREAMS_PER_USER }, () => takeStreamSlot(101));
    expect(releases.every((release) => release !== null)).toBe(true);
    expect(takeStreamSlot(101)).toBeNull();
    // Another user is not affected.
    const other = takeStreamSlot(102);
    expect(other).not.toBeNull();
    releases[0]!();
    releases[0]!();
    const again = takeStreamSlot(101);
    expect(again).not.toBeNull();
    expect(takeStreamSlot(101)).toBeNull();
    for (const release of [...releases, again, other]) release?.();
    expect(takeStreamSlot(101)).not.toBeNull();
  });
});
