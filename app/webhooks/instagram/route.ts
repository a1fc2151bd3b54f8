// GET /webhooks/instagram — Meta's subscription handshake. Public: the verify token is the check.
import { getInstagramSettings } from "@/lib/settings/instagram-settings";
import { verifySubscription } from "@/lib/webhooks/verify-subscription";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const { verifyToken } = await getInstagramSettings();
  const challenge = verifySubscription(new URL(request.url).searchParams, verifyToken.value);
  if (challenge === null) return Response.json({ error: { code: "FORBIDDEN" } }, { status: 403 });
  return new Response(challenge, { headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}
