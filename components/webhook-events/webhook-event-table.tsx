import { useFormatter, useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { ReplayEventButton } from "@/components/webhook-events/replay-event-button";
import { WebhookEventInboxes } from "@/components/webhook-events/webhook-event-inboxes";
import { WebhookEventStatusBadge } from "@/components/webhook-events/webhook-event-status-badge";
import { webhookEventsHref } from "@/components/webhook-events/webhook-events-href";
import { Link } from "@/i18n/navigation";
import type { ActionResult } from "@/lib/actions/action-result";
import type { WebhookEventRow } from "@/lib/webhooks/list-webhook-events";
import { REPLAYABLE_STATUSES } from "@/lib/webhooks/replay-webhook-events";
import type { WebhookEventFilters } from "@/lib/webhooks/schemas";

type Props = {
  events: WebhookEventRow[];
  filters: WebhookEventFilters;
  nextCursor: string | null;
  replayAction: (input: { eventId: string }) => Promise<ActionResult<number>>;
};

const replayable = new Set<string>(REPLAYABLE_STATUSES);

export function WebhookEventTable({ events, filters, nextCursor, replayAction }: Props) {
  const t = useTranslations("WebhookEvents");
  const format = useFormatter();
  const cursor = filters.cursor === undefined ? undefined : String(filters.cursor);
  const th = "px-4 py-3 text-start text-xs font-semibold uppercase tracking-wide text-slate-500";
  return (
    <div className="space-y-4">
      <div className="overflow-x-auto rounded-2xl bg-white shadow-sm ring-1 ring-slate-200">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <caption className="sr-only">{t("tableCaption")}</caption>
          <thead className="bg-slate-50">
            <tr>
              <th scope="col" className={th}>{t("columnId")}</th>
              <th scope="col" className={th}>{t("columnReceived")}</th>
              <th scope="col" className={th}>{t("columnStatus")}</th>
              <th scope="col" className={th}>{t("columnInbox")}</th>
              <th scope="col" className={`${th} whitespace-nowrap text-end`}>{t("columnAttempts")}</th>
              <th scope="col" className={th}>{t("columnError")}</th>
              <th scope="col" className={th}>
                <span className="sr-only">{t("columnActions")}</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {events.map((event) => (
              <tr key={event.id} className="align-top">
                <td className="whitespace-nowrap px-4 py-3 tabular-nums">
                  <Link
                    href={webhookEventsHref(filters, { cursor, event: event.id })}
                    aria-label={t("openEvent", { id: event.id })}
                    className="font-medium text-indigo-700 underline-offset-2 hover:underline"
                  >
                    {event.id}
                  </Link>
                </td>
                <td className="whitespace-nowrap px-4 py-3 text-slate-700">
                  <time dateTime={event.receivedAt.toISOString()}>
                    {format.dateTime(event.receivedAt, { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" })}
                  </time>
                </td>
                <td className="px-4 py-3">
                  <WebhookEventStatusBadge status={event.status} />
                </td>
                <td className="min-w-56 px-4 py-3 text-slate-700">
                  <WebhookEventInboxes event={event} />
                </td>
                <td className="whitespace-nowrap px-4 py-3 text-end tabular-nums text-slate-700">{format.number(event.attempts)}</td>
                {/* Takes the width left over and truncates within it; the detail view has the whole error. */}
                <td className="w-full max-w-0 px-4 py-3 text-slate-600">
                  {event.lastError && (
                    <p dir="auto" className="truncate" title={event.lastError}>
                      {event.lastError}
                    </p>
                  )}
                </td>
                <td className="whitespace-nowrap px-4 py-3 text-end">
                  {replayable.has(event.status) && <ReplayEventButton eventId={event.id} action={replayAction} />}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {(cursor || nextCursor) && (
        <nav aria-label={t("pagination")} className="flex flex-wrap items-center justify-between gap-3">
          {cursor ? (
            <Link href={webhookEventsHref(filters)} className={buttonClass("ghost")}>
              {t("newest")}
            </Link>
          ) : (
            <span />
          )}
          {nextCursor && (
            <Link href={webhookEventsHref(filters, { cursor: nextCursor })} className={buttonClass("secondary")}>
              {t("loadMore")}
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
