import { env } from "@/lib/env";
import { createOAuthState } from "@/lib/instagram/oauth-state";
import { INSTAGRAM_SCOPES, OAUTH_CALLBACK_PATH } from "@/lib/instagram/platform";
import { getInstagramSettings, isInstagramConfigured } from "@/lib/settings/instagram-settings";

export type StartedConnection = { ok: true; authorizeUrl: string; nonce: string } | { ok: false; error: "not_configured" };

/** Instagram's authorize URL for this account and user, with a fresh signed state. */
export async function startInstagramConnection(input: { accountId: number; userId: number; locale: string; inboxId?: number }): Promise<StartedConnection> {
  const settings = await getInstagramSettings();
  if (!isInstagramConfigured(settings)) return { ok: false, error: "not_configured" };
  const { state, nonce } = createOAuthState(input);
  const url = new URL(`${env().INSTAGRAM_OAUTH_URL}/oauth/authorize`);
  url.searchParams.set("client_id", settings.appId.value!);
  url.searchParams.set("redirect_uri", `${env().APP_URL}${OAUTH_CALLBACK_PATH}`);
  url.searchParams.set("response_type", "code");
  url.searchParams.set("scope", INSTAGRAM_SCOPES.join(","));
  url.searchParams.set("state", state);
  return { ok: true, authorizeUrl: url.toString(), nonce };
}
