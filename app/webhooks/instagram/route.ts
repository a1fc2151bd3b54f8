// /webhooks/instagram — Meta's subscription handshake (GET) and event deliveries (POST).
// Public: the verify token and the signature are the checks. In production (`npm start`) POST
// is answered ahead of Next by lib/webhooks/serve-webhook-delivery.ts; this handler serves it
// under `next dev` and whenever that one is not registered.
import { getInstagramSettings } from "@/lib/settings/instagram-settings";
import { readLimitedBody } from "@/lib/webhooks/read-limited-body";
import { intakeAnswer, receiveWebhook, type ReceiveOutcome } from "@/lib/webhooks/receive-webhook";
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
  const outcome: ReceiveOutcome = body === null ? { status: 413, code: "PAYLOAD_TOO_LARGE" } : await receiveWebhook(body, request.headers.get("x-hub-signature-256"));
  const answer = intakeAnswer(outcome);
  return new Response(answer.body, { status: answer.status, headers: { "Content-Type": answer.contentType, "Cache-Control": "no-store" } });
}
