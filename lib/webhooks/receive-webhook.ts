import { db, dbConnection } from "@/lib/db";
import { logger } from "@/lib/logger";
import { getInstagramSettings } from "@/lib/settings/instagram-settings";
import { incrementCounter, REJECTED_SIGNATURES } from "@/lib/webhooks/counters";
import { enqueueSoon } from "@/lib/webhooks/enqueue-webhook-events";
import { verifyWebhookSignature } from "@/lib/webhooks/verify-signature";

export type ReceiveOutcome =
  | { status: 200; eventId: bigint }
  | { status: 401; code: "INVALID_SIGNATURE" }
  | { status: 413; code: "PAYLOAD_TOO_LARGE" }
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
  let event: StoredEvent;
  try {
    event = await storeWebhookEvent(body);
  } catch (error) {
    logger.error({ err: error }, "webhook not stored; Meta will retry");
    return { status: 503, code: "NOT_STORED" };
  }
  enqueueSoon(event);
  return { status: 200, eventId: event.id };
}

/** What every intake answers for an outcome, whichever server read the request. */
export function intakeAnswer(outcome: ReceiveOutcome): { status: number; contentType: string; body: string } {
  if (outcome.status === 200) return { status: 200, contentType: "text/plain", body: "EVENT_RECEIVED" };
  return { status: outcome.status, contentType: "application/json", body: JSON.stringify({ error: { code: outcome.code } }) };
}

type StoredEvent = { id: bigint; receivedAt: Date };

const INSERT = `INSERT INTO "WebhookEvent" (body, "updatedAt") VALUES ($1, now()) RETURNING id::text AS id, "receivedAt"`;

async function storeWebhookEvent(body: Uint8Array<ArrayBuffer>): Promise<StoredEvent> {
  const connection = await dbConnection();
  // On the embedded database Prisma's adapter costs about as much as the insert itself; this
  // is the one statement on the intake path, so it goes to PGlite directly.
  if (connection.kind === "pglite") {
    const { rows } = await connection.pglite.query<{ id: string; receivedAt: Date }>(INSERT, [body]);
    return { id: BigInt(rows[0]!.id), receivedAt: rows[0]!.receivedAt };
  }
  const client = await db();
  return client.webhookEvent.create({ data: { body }, select: { id: true, receivedAt: true } });
}
