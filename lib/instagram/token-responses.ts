import { z } from "zod";
import { MetaRequestError } from "@/lib/instagram/meta-error";
import { parseMetaJson } from "@/lib/instagram/meta-json";

export type ShortLivedToken = { accessToken: string; appScopedUserId: string; permissions: string[] };
export type LongLivedToken = { accessToken: string; expiresInSeconds: number };

const permissions = z.union([z.array(z.string()), z.string().transform((value) => value.split(",").filter(Boolean))]);
const shortLived = z.object({
  access_token: z.string().min(1),
  user_id: z.string().regex(/^\d+$/),
  permissions: permissions.default([]),
});

/** Meta's docs wrap some answers in `{data: [...]}` that arrive flat in practice: accept both. */
function unwrapData(raw: string): unknown {
  const body = parseMetaJson(raw) as { data?: unknown[] } | null;
  return Array.isArray(body?.data) ? body.data[0] : body;
}

function unexpected(what: string): MetaRequestError {
  return new MetaRequestError({ status: 200, message: `unexpected ${what} response` });
}

/**
 * POST /oauth/access_token answers `{data: [{...}]}` in Meta's docs and a flat object in
 * practice; `permissions` is a comma-separated string or an array; `user_id` a bare big number.
 */
export function parseShortLivedToken(raw: string): ShortLivedToken {
  const parsed = shortLived.safeParse(unwrapData(raw));
  if (!parsed.success) throw unexpected("token");
  return { accessToken: parsed.data.access_token, appScopedUserId: parsed.data.user_id, permissions: parsed.data.permissions };
}

const longLived = z.object({ access_token: z.string().min(1), expires_in: z.coerce.number().int().positive() });

/** GET /access_token (exchange) and GET /refresh_access_token share this shape. */
export function parseLongLivedToken(raw: string): LongLivedToken {
  const parsed = longLived.safeParse(parseMetaJson(raw));
  if (!parsed.success) throw unexpected("long-lived token");
  return { accessToken: parsed.data.access_token, expiresInSeconds: parsed.data.expires_in };
}

export type InstagramProfile = {
  instagramUserId: string;
  username: string;
  name: string | null;
  accountType: string | null;
  profilePictureUrl: string | null;
};

const me = z.object({
  user_id: z.string().regex(/^\d+$/),
  username: z.string().min(1),
  name: z.string().nullish(),
  account_type: z.string().nullish(),
  profile_picture_url: z.string().nullish(),
});

/** GET /me: flat in practice, `{data: [...]}` in one of Meta's samples; `user_id` is the IG_ID. */
export function parseProfile(raw: string): InstagramProfile {
  const parsed = me.safeParse(unwrapData(raw));
  if (!parsed.success) throw unexpected("profile");
  const { user_id, username, name, account_type, profile_picture_url } = parsed.data;
  return { instagramUserId: user_id, username, name: name ?? null, accountType: account_type ?? null, profilePictureUrl: profile_picture_url ?? null };
}
