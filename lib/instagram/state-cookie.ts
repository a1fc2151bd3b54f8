import { env } from "@/lib/env";
import { OAUTH_CALLBACK_PATH } from "@/lib/instagram/platform";
import { STATE_TTL_SECONDS } from "@/lib/instagram/oauth-state";

/**
 * Binds an OAuth state to the browser that started it. SameSite=Lax still sends it on the
 * top-level GET navigation back from Instagram; the path keeps it off every other request.
 */
export const STATE_COOKIE = "switchboard_ig_oauth";

export function stateCookieOptions() {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    secure: env().APP_URL.startsWith("https:"),
    path: OAUTH_CALLBACK_PATH,
    maxAge: STATE_TTL_SECONDS,
  };
}
