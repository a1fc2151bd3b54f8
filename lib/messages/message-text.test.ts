import { describe, expect, it } from "vitest";
import { MAX_TEXT_BYTES, replyTextProblem, utf8ByteLength } from "@/lib/messages/message-text";

describe("reply text", () => {
  it("counts UTF-8 bytes, not characters", () => {
    expect(utf8ByteLength("hello")).toBe(5);
    expect(utf8ByteLength("é")).toBe(2);
    expect(utf8ByteLength("€")).toBe(3);
    expect(utf8ByteLength("😀")).toBe(4);
    expect(utf8ByteLength("👍🏽")).toBe(8);
  });

  it("accepts exactly 1,000 bytes and refuses 1,001", () => {
    expect(replyTextProblem("a".repeat(MAX_TEXT_BYTES))).toBeNull();
    expect(replyTextProblem("a".repeat(MAX_TEXT_BYTES + 1))).toBe("tooLong");
    // 250 emoji are 1,000 bytes; one more letter is over, though it is only 251 characters.
    expect(replyTextProblem("😀".repeat(250))).toBeNull();
    expect(replyTextProblem(`${"😀".repeat(250)}a`)).toBe("tooLong");
  });

  it("refuses an empty or blank reply", () => {
    expect(replyTextProblem("")).toBe("empty");
    expect(replyTextProblem(" \n\t")).toBe("empty");
  });
});
