import { z } from "zod";
import { parseMetaJson } from "@/lib/instagram/meta-json";

/**
 * Meta's webhook envelope (instagram-platform.md §7a), read leniently: unknown keys are kept,
 * and only what routing needs is required. The kinds of `messaging[]` items are told apart in
 * classify-item.ts.
 */
const metaId = z.union([z.string(), z.number()]).transform(String);

const entrySchema = z.looseObject({
  id: metaId,
  time: z.number().optional(),
  messaging: z.array(z.unknown()).optional(),
  changes: z.array(z.unknown()).optional(),
});

const notificationSchema = z.looseObject({ object: z.string(), entry: z.array(entrySchema) });

export type NotificationEntry = z.infer<typeof entrySchema>;

export type ParsedNotification = { ok: true; entries: NotificationEntry[] } | { ok: false; reason: string };

// Ids that Meta may send as bare numbers longer than 2^53.
const ID_KEYS = ["id", "reel_video_id", "ad_id", "recipient_id"];

export function parseNotification(body: Uint8Array): ParsedNotification {
  let json: unknown;
  try {
    json = parseMetaJson(withoutNulCharacters(new TextDecoder("utf-8", { fatal: true }).decode(body)), ID_KEYS);
  } catch {
    return { ok: false, reason: "body is not UTF-8 JSON" };
  }
  // Meta's examples sometimes wrap the notification in an array; real deliveries are one object.
  const notifications = Array.isArray(json) ? json : [json];
  const entries: NotificationEntry[] = [];
  for (const candidate of notifications) {
    const parsed = notificationSchema.safeParse(candidate);
    if (!parsed.success) return { ok: false, reason: "not a webhook notification (object and entry[] expected)" };
    if (parsed.data.object !== "instagram") return { ok: false, reason: `object is "${parsed.data.object}", not "instagram"` };
    entries.push(...parsed.data.entry);
  }
  return { ok: true, entries };
}

/** Meta's examples use milliseconds for messaging and seconds elsewhere: tell them by size. */
export function metaTime(value: number): Date {
  return new Date(value < 1e12 ? value * 1000 : value);
}

/**
 * PostgreSQL text cannot hold U+0000: a message containing one would fail on every attempt.
 * Its JSON escape is dropped (an escaped backslash before "u0000" is text, and stays).
 */
function withoutNulCharacters(raw: string): string {
  return raw.replace(/(?<!\\)((?:\\\\)*)\\u0000/g, "$1");
}
