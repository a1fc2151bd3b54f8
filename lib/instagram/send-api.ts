import { env } from "@/lib/env";
import type { MetaError } from "@/lib/instagram/meta-error";
import { flagForReauthorization } from "@/lib/instagram/reauthorization";
import { classifySendError, type SendFailureReason } from "@/lib/instagram/send-errors";
import { logger } from "@/lib/logger";

/** The Send API of one Instagram account (instagram-platform.md §8): replies and sender actions. */
export function sendApiUrl(apiVersion: string, instagramUserId: string): string {
  return `${env().INSTAGRAM_GRAPH_URL}/${apiVersion}/${instagramUserId}/messages`;
}

/** Thrown to have the queue try the job again later (throttling, Meta unavailable). */
class RetryLater extends Error {}

/**
 * What a failed Send API call means for its job, by the one table (send-errors.ts): throws to be
 * retried unless this was the last attempt; a dead token flags the inbox; otherwise returns why
 * it failed for good. Without an answer from Meta (`meta` undefined) it fails as `unanswered`.
 */
export async function settleSendFailure(
  meta: MetaError | undefined,
  { unanswered, channelId, lastAttempt, context, what }: { unanswered: SendFailureReason; channelId: number; lastAttempt: boolean; context: object; what: string },
): Promise<SendFailureReason> {
  const { action, reason } = meta ? classifySendError(meta) : ({ action: "fail", reason: unanswered } as const);
  logger.warn({ ...context, code: meta?.code, subcode: meta?.subcode, status: meta?.status, fbtraceId: meta?.fbtraceId, action, reason, lastAttempt }, what);
  if (action === "retry" && !lastAttempt) throw new RetryLater(`${reason}: ${meta?.message}`);
  if (action === "reauthorize") await flagForReauthorization(channelId, what);
  return reason;
}
