import { createHmac } from "node:crypto";
import { constantTimeEqual } from "@/lib/crypto/constant-time-equal";
import { deriveKey } from "@/lib/crypto/derive-key";
import { env } from "@/lib/env";

/**
 * The address Meta fetches an agent's attachment from (§8: media is sent by URL). It needs no
 * session, so it carries its own proof: the attachment's id and an expiry, signed with a key of
 * its own. A week outlasts every retry of the reply.
 */
export const MEDIA_URL_LIFETIME_MS = 7 * 24 * 3600_000;

const sign = (body: string) => createHmac("sha256", deriveKey("media-url/v1")).update(body).digest("base64url");

export function mediaToken(attachmentId: number, now = Date.now()): string {
  const body = `${attachmentId}.${Math.floor((now + MEDIA_URL_LIFETIME_MS) / 1000)}`;
  return `${body}.${sign(body)}`;
}

export function mediaUrl(attachmentId: number, now = Date.now()): string {
  return new URL(`/api/media/${mediaToken(attachmentId, now)}`, env().APP_URL).toString();
}

/** The attachment a token names, if its signature holds and it has not expired. */
export function readMediaToken(token: string, now = Date.now()): { attachmentId: number } | { refused: "invalid" | "expired" } {
  const match = /^(\d{1,10})\.(\d{1,12})\.([\w-]{43})$/.exec(token);
  if (!match || !constantTimeEqual(match[3]!, sign(`${match[1]}.${match[2]}`))) return { refused: "invalid" };
  if (Number(match[2]) * 1000 < now) return { refused: "expired" };
  return { attachmentId: Number(match[1]) };
}

/**
 * Meta fetches attachments itself, so the real Graph API can only be sent files from a public
 * https address; a local stand-in for Meta can fetch from anywhere.
 */
export function canServeMediaToMeta(): boolean {
  const { APP_URL, INSTAGRAM_GRAPH_URL } = env();
  return new URL(INSTAGRAM_GRAPH_URL).hostname !== "graph.instagram.com" || new URL(APP_URL).protocol === "https:";
}
