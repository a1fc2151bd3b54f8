import { env } from "@/lib/env";
import { metaRequest } from "@/lib/instagram/meta-http";
import { parseLongLivedToken, parseProfile, parseShortLivedToken } from "@/lib/instagram/token-responses";

/** Meta's OAuth and Graph calls that connect an account and keep its token alive (instagram-platform.md §2–§5). */

export async function exchangeCode(input: { appId: string; appSecret: string; redirectUri: string; code: string }) {
  // Not retried: a code is single-use, and Meta may have consumed it before failing.
  const raw = await metaRequest(`${env().INSTAGRAM_API_URL}/oauth/access_token`, {
    method: "POST",
    form: {
      client_id: input.appId,
      client_secret: input.appSecret,
      grant_type: "authorization_code",
      redirect_uri: input.redirectUri,
      code: input.code,
    },
  });
  return parseShortLivedToken(raw);
}

export async function exchangeForLongLivedToken(input: { appSecret: string; shortLivedToken: string }) {
  const raw = await metaRequest(`${env().INSTAGRAM_GRAPH_URL}/access_token`, {
    query: { grant_type: "ig_exchange_token", client_secret: input.appSecret, access_token: input.shortLivedToken },
    retries: 2,
  });
  return parseLongLivedToken(raw);
}

/** §3b: a new 60-day token for a long-lived one at least 24 hours old and not yet expired. */
export async function refreshLongLivedToken(input: { token: string }) {
  const raw = await metaRequest(`${env().INSTAGRAM_GRAPH_URL}/refresh_access_token`, {
    query: { grant_type: "ig_refresh_token", access_token: input.token },
    retries: 2,
  });
  return parseLongLivedToken(raw);
}

export async function fetchOwnProfile(input: { apiVersion: string; token: string }) {
  const raw = await metaRequest(`${env().INSTAGRAM_GRAPH_URL}/${input.apiVersion}/me`, {
    query: { fields: "user_id,username,name,account_type,profile_picture_url" },
    token: input.token,
    retries: 2,
  });
  return parseProfile(raw);
}

export async function subscribeToWebhooks(input: { apiVersion: string; token: string; fields: readonly string[] }) {
  await metaRequest(`${env().INSTAGRAM_GRAPH_URL}/${input.apiVersion}/me/subscribed_apps`, {
    method: "POST",
    query: { subscribed_fields: input.fields.join(",") },
    token: input.token,
    retries: 2,
  });
}

/** Stops webhook delivery for the account (§5b, "Disconnect"); repeating it is harmless. */
export async function unsubscribeFromWebhooks(input: { apiVersion: string; token: string }) {
  await metaRequest(`${env().INSTAGRAM_GRAPH_URL}/${input.apiVersion}/me/subscribed_apps`, { method: "DELETE", token: input.token, retries: 1 });
}
