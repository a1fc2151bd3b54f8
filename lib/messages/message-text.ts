/** The Send API's limit is 1,000 bytes of UTF-8, not characters: an emoji counts 4 (§8). */
export const MAX_TEXT_BYTES = 1000;

const encoder = new TextEncoder();

export function utf8ByteLength(text: string): number {
  return encoder.encode(text).byteLength;
}

export type TextProblem = "empty" | "tooLong";

/** Why a reply's text cannot be sent, or null. Used by the composer and the server alike. */
export function replyTextProblem(text: string): TextProblem | null {
  if (text.trim() === "") return "empty";
  if (utf8ByteLength(text) > MAX_TEXT_BYTES) return "tooLong";
  return null;
}
