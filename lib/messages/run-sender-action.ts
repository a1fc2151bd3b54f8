import { deliverMarkSeen, type MarkSeenJob } from "@/lib/messages/mark-seen";
import { deliverSenderAction, type SenderActionJob } from "@/lib/messages/react-to-message";
import type { JobAttempt } from "@/lib/worker/work-in-batches";

/** A job of the sender-actions queue: a reaction (react / unreact) or a mark_seen. */
export type QueuedSenderAction = SenderActionJob | MarkSeenJob;

export function runSenderAction(job: QueuedSenderAction, attempt: JobAttempt): Promise<void> {
  return "markSeen" in job ? deliverMarkSeen(job, attempt) : deliverSenderAction(job, attempt);
}
