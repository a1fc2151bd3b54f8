import { createHash, timingSafeEqual } from "node:crypto";

/** Compares two strings without leaking, through timing, how much of them matched or their lengths. */
export function constantTimeEqual(a: string, b: string): boolean {
  const digest = (value: string) => createHash("sha256").update(value, "utf8").digest();
  return timingSafeEqual(digest(a), digest(b));
}
