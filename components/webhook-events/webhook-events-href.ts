import type { WebhookEventFilters } from "@/lib/webhooks/schemas";

export const WEBHOOK_EVENTS_PATH = "/super_admin/webhook_events";

/** A datetime-local value for a UTC date (the page reads and shows times in UTC). */
export function toUtcMinute(date: Date | undefined): string {
  return date ? date.toISOString().slice(0, 16) : "";
}

/** A link to this page that keeps the list's filters, with `extra` (a page, an event) on top. */
export function webhookEventsHref(filters: WebhookEventFilters, extra: { cursor?: string; event?: string } = {}) {
  const query: Record<string, string> = {};
  if (filters.status) query.status = filters.status;
  if (filters.inbox) query.inbox = String(filters.inbox);
  if (filters.from) query.from = toUtcMinute(filters.from);
  if (filters.to) query.to = toUtcMinute(filters.to);
  if (extra.cursor) query.cursor = extra.cursor;
  if (extra.event) query.event = extra.event;
  return { pathname: WEBHOOK_EVENTS_PATH, query };
}
