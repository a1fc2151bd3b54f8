import { db } from "@/lib/db";
import { formatWebhookPayload } from "@/lib/webhooks/format-webhook-payload";
import { toWebhookEventRows, webhookEventRowSelect } from "@/lib/webhooks/list-webhook-events";

/** One stored delivery for super admins: its row and its body, readable and redacted (null when absent). */
export async function getWebhookEventPayload(id: bigint) {
  const client = await db();
  const event = await client.webhookEvent.findUnique({ where: { id }, select: { ...webhookEventRowSelect, body: true } });
  if (!event) return null;
  const { body, ...row } = event;
  const [details] = await toWebhookEventRows([row]);
  return { ...details!, payload: formatWebhookPayload(body) };
}

export type WebhookEventDetail = NonNullable<Awaited<ReturnType<typeof getWebhookEventPayload>>>;
