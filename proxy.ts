import { NextRequest, type NextResponse } from "next/server";
import createMiddleware from "next-intl/middleware";
import { routing } from "@/i18n/routing";
import { env } from "@/lib/env";
import { contentSecurityPolicy } from "@/lib/security/content-security-policy";

const handleLocale = createMiddleware(routing);

/**
 * Locale negotiation, and a fresh CSP nonce for every page: Next reads the nonce from the
 * request's Content-Security-Policy header and puts it on its own scripts. Access checks run
 * inside every page, route handler and action. The other security headers are set for every
 * response by scripts/server.mjs.
 */
export default function proxy(request: NextRequest): NextResponse {
  const { APP_URL, INSTAGRAM_OAUTH_URL, NODE_ENV } = env();
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = contentSecurityPolicy({ nonce, oauthOrigin: new URL(INSTAGRAM_OAUTH_URL).origin, https: APP_URL.startsWith("https:"), development: NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = handleLocale(new NextRequest(request, { headers }));
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: "/((?!api|trpc|_next|_vercel|instagram|webhooks|.*\\..*).*)",
};
