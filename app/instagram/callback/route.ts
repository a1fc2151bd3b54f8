// GET /instagram/callback — where Instagram's authorize window sends the browser back.
import { cookies } from "next/headers";
import { getPathname } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";
import { getCurrentUser } from "@/lib/auth/get-current-user";
import { env } from "@/lib/env";
import { handleInstagramCallback } from "@/lib/instagram/handle-callback";
import { STATE_COOKIE, stateCookieOptions } from "@/lib/instagram/state-cookie";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const jar = await cookies();
  const fallbackLocale = jar.get("NEXT_LOCALE")?.value ?? routing.defaultLocale;
  const { href, locale } = await handleInstagramCallback({
    params: new URL(request.url).searchParams,
    cookieNonce: jar.get(STATE_COOKIE)?.value,
    user: await getCurrentUser(),
    fallbackLocale,
  });
  jar.delete({ name: STATE_COOKIE, path: stateCookieOptions().path });
  const known = (routing.locales as readonly string[]).includes(locale) ? locale : routing.defaultLocale;
  const path = getPathname({ href, locale: known as (typeof routing.locales)[number] });
  return new Response(null, { status: 303, headers: { Location: `${env().APP_URL}${path}`, "Cache-Control": "no-store" } });
}
