import { standIn } from "@/e2e/meta-stand-in/control";
import { decryptSecret } from "@/lib/crypto/secret-box";
import { db } from "@/lib/db";
import { tokenPurpose } from "@/lib/instagram/token-purpose";
import { anInstagramInbox } from "@/lib/testing/factories";
import { processWebhookEvent } from "@/lib/webhooks/process-webhook-event";
import * as payload from "@/lib/webhooks/testing/payloads";

/**
 * A connected inbox whose account and token the Meta stand-in knows (the stand-in is reset
 * first). Import it after INSTAGRAM_GRAPH_URL points at the stand-in.
 */
export async function anInboxKnownToMeta(metaUrl: string) {
  const inbox = await anInstagramInbox();
  const control = standIn(metaUrl);
  await control.reset();
  await control.putUser(inbox.instagramUserId, { username: "shop" });
  const client = await db();
  const channel = await client.instagramChannel.findUniqueOrThrow({ where: { instagramUserId: inbox.instagramUserId } });
  await control.issueToken({ userId: inbox.instagramUserId, token: decryptSecret(channel.accessToken, tokenPurpose(inbox.instagramUserId)) });
  return { ...inbox, channelId: channel.id, control };
}

/** A customer's message to the account, delivered and processed as the worker would. */
export async function aProcessedCustomerMessage(instagramUserId: string, text: string, options: { timestamp?: number } = {}) {
  const item = payload.customerMessage(instagramUserId, { text }, options);
  const client = await db();
  const { id } = await client.webhookEvent.create({ data: { body: Buffer.from(payload.notification(instagramUserId, [item])) } });
  await processWebhookEvent(id);
  return client.message.findFirstOrThrow({ where: { mid: item.message.mid } });
}
