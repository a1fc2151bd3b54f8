import { subscribeToConversationChanges, type ConversationChange } from "@/lib/conversations/conversation-signals";
import { signalsListening } from "@/lib/signals/signals";

/**
 * The conversation changes this process heard in the last few minutes, so that a live stream
 * can tell a page what changed between its render and the moment the stream (re)connected.
 * Without it a message arriving in that gap would only show at the next change.
 *
 * Times are this process's clock; a page rendered by another instance compares with a margin
 * for clock skew, which at worst reports a change twice (a needless refetch, never a lost one).
 */
export const JOURNAL_RETENTION_MS = 5 * 60_000;
const MAX_ENTRIES = 10_000;
const CLOCK_MARGIN_MS = 2_000;

type Entry = { at: number; change: ConversationChange };
type Journal = { entries: Entry[]; coveredSince?: number; unsubscribe: () => void };

// One per process, shared by the page and the route bundles.
const store = globalThis as typeof globalThis & { __switchboardChangeJournal?: Journal };

/** Starts listening if not already; returns "now" to compare later answers with. */
export function startChangeJournal(now = Date.now()): number {
  if (!store.__switchboardChangeJournal) {
    const journal: Journal = { entries: [], unsubscribe: () => {} };
    // Until the signal listener is connected nothing is covered: callers then hear "anything may have changed".
    if (signalsListening()) journal.coveredSince = now;
    journal.unsubscribe = subscribeToConversationChanges((change) => record(journal, change));
    store.__switchboardChangeJournal = journal;
  }
  return now;
}

function record(journal: Journal, change: ConversationChange | null, now = Date.now()): void {
  if (change === null) {
    // The listener (re)connected: what happened while it was away is unknown.
    journal.entries = [];
    journal.coveredSince = now;
    return;
  }
  const { entries } = journal;
  entries.push({ at: now, change });
  const cutoff = now - JOURNAL_RETENTION_MS;
  let forget = 0;
  while (entries.length - forget > MAX_ENTRIES || entries[forget]!.at < cutoff) forget++;
  if (forget > 0) {
    // Whoever asks from before the last forgotten change must hear "unknown".
    journal.coveredSince = Math.max(journal.coveredSince ?? 0, entries[forget - 1]!.at + 1);
    entries.splice(0, forget);
  }
}

/**
 * The changes heard since `since` (a time from `startChangeJournal`, maybe on another instance),
 * or "unknown" when this process cannot say: it was not listening then, or has forgotten.
 */
export function changesSince(since: number, now = Date.now()): ConversationChange[] | "unknown" {
  const journal = store.__switchboardChangeJournal;
  const from = since - CLOCK_MARGIN_MS;
  if (!journal || journal.coveredSince === undefined || from < journal.coveredSince || from < now - JOURNAL_RETENTION_MS) return "unknown";
  return journal.entries.filter((entry) => entry.at >= from).map((entry) => entry.change);
}

/** Test-only: forget the journal (and stop listening). */
export function resetChangeJournal(): void {
  store.__switchboardChangeJournal?.unsubscribe();
  store.__switchboardChangeJournal = undefined;
}
