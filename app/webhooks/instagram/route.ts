// /webhooks/instagram — Meta's subscription handshake (GET) and event deliveries (POST).
// Public: the verify token and the signature are the checks.
import { getInstagramSettings } from "@/lib/settings/instagram-settings";
import { readLimitedBody } from "@/lib/webhooks/read-limited-body";
import { receiveWebhook } from "@/lib/webhooks/receive-webhook";
import { verifySubscription } from "@/lib/webhooks/verify-subscription";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const { verifyToken } = await getInstagramSettings();
  const challenge = verifySubscription(new URL(request.url).searchParams, verifyToken.value);
  if (challenge === null) return Response.json({ error: { code: "FORBIDDEN" } }, { status: 403 });
  return new Response(challenge, { headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

export async function POST(request: Request) {
  const body = await readLimitedBody(request);
  if (body === null) return Response.json({ error: { code: "PAYLOAD_TOO_LARGE" } }, { status: 413 });
  const outcome = await receiveWebhook(body, request.headers.get("x-hub-signature-256"));
  if (outcome.status === 200) return new Response("EVENT_RECEIVED", { headers: { "Content-Type": "text/plain" } });
  return Response.json({ error: { code: outcome.code } }, { status: outcome.status });
}
