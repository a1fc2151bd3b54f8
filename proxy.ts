import createMiddleware from "next-intl/middleware";
import { routing } from "@/i18n/routing";

// Locale negotiation only. Access checks run inside every page, route handler and action.
export default createMiddleware(routing);

export const config = {
  matcher: "/((?!api|trpc|_next|_vercel|instagram|webhooks|.*\\..*).*)",
};
