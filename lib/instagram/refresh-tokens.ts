import { encryptSecret } from "@/lib/crypto/secret-box";
import { db } from "@/lib/db";
import { jobId, queue, QUEUES } from "@/lib/jobs/queue";
import { logger } from "@/lib/logger";
import { refreshLongLivedToken, subscribeToWebhooks } from "@/lib/instagram/meta-client";
import { MetaRequestError } from "@/lib/instagram/meta-error";
import { WEBHOOK_FIELDS } from "@/lib/instagram/platform";
import { flagForReauthorization } from "@/lib/instagram/reauthorization";
import { channelToken, tokenPurpose } from "@/lib/instagram/token-purpose";
import { getInstagramSettings } from "@/lib/settings/instagram-settings";

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/**
 * Which tokens to refresh (instagram-platform.md §3b): Meta refreshes a long-lived token only
 * once it is 24 hours old and only while it is valid; we do it in its last 10 days, so that a
 * day of Meta outages or a stopped worker still leaves time. An inbox that needs
 * reauthorization has nothing left to refresh.
 */
export const REFRESH_POLICY = { minimumAgeMs: DAY_MS, refreshWithinMs: 10 * DAY_MS } as const;

/** How often the worker looks for tokens due (and once when it starts). */
export const REFRESH_EVERY_MS = HOUR_MS;

type TokenDates = { tokenRefreshedAt: Date; tokenExpiresAt: Date; reauthorizationRequired: boolean };

export function isDueForRefresh(channel: TokenDates, now: Date): boolean {
  const at = now.getTime();
  return (
    !channel.reauthorizationRequired &&
    channel.tokenRefreshedAt.getTime() <= at - REFRESH_POLICY.minimumAgeMs &&
    channel.tokenExpiresAt.getTime() > at &&
    channel.tokenExpiresAt.getTime() <= at + REFRESH_POLICY.refreshWithinMs
  );
}

/** The same rule as a query, for the scan. */
function dueWhere(now: Date) {
  const at = now.getTime();
  return {
    reauthorizationRequired: false,
    tokenRefreshedAt: { lte: new Date(at - REFRESH_POLICY.minimumAgeMs) },
    tokenExpiresAt: { gt: now, lte: new Date(at + REFRESH_POLICY.refreshWithinMs) },
  };
}

export async function channelsDueForRefresh(now = new Date()): Promise<number[]> {
  const client = await db();
  const channels = await client.instagramChannel.findMany({ where: dueWhere(now), select: { id: true }, orderBy: { tokenExpiresAt: "asc" } });
  return channels.map(({ id }) => id);
}

export type TokenRefreshJob = { channelId: number };

/**
 * The hourly scan, run by every worker: one refresh job per due token and hour. Job ids name
 * the hour, so several workers scanning in the same hour queue each refresh once, and a
 * refreshed token is no longer due in the next hour.
 */
export async function scheduleTokenRefreshes(now = new Date()): Promise<number> {
  const due = await channelsDueForRefresh(now);
  if (due.length === 0) return 0;
  const hour = Math.floor(now.getTime() / REFRESH_EVERY_MS);
  const boss = await queue();
  await boss.insert(QUEUES.tokenRefreshes, due.map((channelId) => ({ id: jobId("token-refresh", channelId, hour), data: { channelId } })));
  return due.length;
}

/**
 * One refresh (GET /refresh_access_token): the new token and its expiry are stored, encrypted,
 * and the webhook subscription is renewed (§5, Meta may have dropped it). A refused token (190)
 * flags the inbox; anything else throws, for the queue to retry with backoff.
 */
export async function refreshChannelToken({ channelId }: TokenRefreshJob): Promise<void> {
  const client = await db();
  const channel = await client.instagramChannel.findUnique({ where: { id: channelId } });
  // Refreshed meanwhile (another worker, a reauthorization) or gone: nothing to do.
  if (!channel || !isDueForRefresh(channel, new Date())) return;

  let refreshed;
  try {
    refreshed = await refreshLongLivedToken({ token: channelToken(channel) });
  } catch (error) {
    const meta = error instanceof MetaRequestError ? error.meta : undefined;
    if (meta?.code === 190) return flagForReauthorization(channelId, `token refresh refused: 190/${meta.subcode ?? "-"}`);
    logger.warn({ channelId, status: meta?.status, code: meta?.code, fbtraceId: meta?.fbtraceId }, "token refresh failed; retrying");
    throw error;
  }
  const now = new Date();
  // Only over the token we read: a reauthorization in between stored a newer one.
  await client.instagramChannel.updateMany({
    where: { id: channelId, accessToken: channel.accessToken },
    data: {
      accessToken: encryptSecret(refreshed.accessToken, tokenPurpose(channel.instagramUserId)),
      tokenExpiresAt: new Date(now.getTime() + refreshed.expiresInSeconds * 1000),
      tokenRefreshedAt: now,
    },
  });
  logger.info({ channelId, expiresInDays: Math.round(refreshed.expiresInSeconds / 86_400) }, "token refreshed");
  await renewSubscription(channelId, refreshed.accessToken);
}

async function renewSubscription(channelId: number, token: string): Promise<void> {
  try {
    const { apiVersion } = await getInstagramSettings();
    await subscribeToWebhooks({ apiVersion: apiVersion.value, token, fields: WEBHOOK_FIELDS.map((field) => field.name) });
  } catch (error) {
    // The token is saved; the next refresh tries the subscription again.
    const meta = error instanceof MetaRequestError ? error.meta : undefined;
    logger.warn({ channelId, status: meta?.status, code: meta?.code }, "webhook subscription not renewed");
  }
}
