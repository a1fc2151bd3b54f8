import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { getInstagramSettings } from "@/lib/settings/instagram-settings";
import { incrementCounter, REJECTED_SIGNATURES } from "@/lib/webhooks/counters";
import { enqueueSoon } from "@/lib/webhooks/enqueue-webhook-events";
import { verifyWebhookSignature } from "@/lib/webhooks/verify-signature";

export type ReceiveOutcome =
  | { status: 200; eventId: bigint }
  | { status: 401; code: "INVALID_SIGNATURE" }
  | { status: 503; code: "NOT_STORED" };

/**
 * The whole request path of a delivery: check the signature, store the raw bytes, queue them.
 * Nothing is parsed here (the worker does that, and keeps malformed bodies as invalid), and a
 * delivery we could not store is answered 503 so that Meta sends it again.
 */
export async function receiveWebhook(body: Uint8Array<ArrayBuffer>, signature: string | null): Promise<ReceiveOutcome> {
  let appSecret: string | undefined;
  try {
    ({ value: appSecret } = (await getInstagramSettings()).appSecret);
  } catch (error) {
    logger.error({ err: error }, "webhook not checked: settings unreadable; Meta will retry");
    return { status: 503, code: "NOT_STORED" };
  }
  if (!verifyWebhookSignature(body, signature, [appSecret])) {
    await incrementCounter(REJECTED_SIGNATURES).catch((error: unknown) => logger.warn({ err: error }, "could not count a rejected webhook"));
    logger.warn({ bytes: body.byteLength, signed: Boolean(signature) }, "webhook refused: signature missing or wrong");
    return { status: 401, code: "INVALID_SIGNATURE" };
  }
  let event: { id: bigint; receivedAt: Date };
  try {
    const client = await db();
    event = await client.webhookEvent.create({ data: { body }, select: { id: true, receivedAt: true } });
  } catch (error) {
    logger.error({ err: error }, "webhook not stored; Meta will retry");
    return { status: 503, code: "NOT_STORED" };
  }
  enqueueSoon(event);
  return { status: 200, eventId: event.id };
}
