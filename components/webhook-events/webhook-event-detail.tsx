import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { ReplayEventButton } from "@/components/webhook-events/replay-event-button";
import { WebhookEventInboxes } from "@/components/webhook-events/webhook-event-inboxes";
import { WebhookEventStatusBadge } from "@/components/webhook-events/webhook-event-status-badge";
import type { ActionResult } from "@/lib/actions/action-result";
import type { WebhookEventDetail as Detail } from "@/lib/webhooks/get-webhook-event-payload";
import { REPLAYABLE_STATUSES } from "@/lib/webhooks/replay-webhook-events";

type Props = { event: Detail; replayAction: (input: { eventId: string }) => Promise<ActionResult<number>> };

/** One stored delivery: what happened to it, its full error, and its body (secrets redacted). */
export function WebhookEventDetail({ event, replayAction }: Props) {
  const t = useTranslations("WebhookEvents");
  const format = useFormatter();
  const time = (date: Date) => (
    <time dateTime={date.toISOString()}>{format.dateTime(date, { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" })}</time>
  );
  const facts: [string, ReactNode][] = [
    [t("columnStatus"), <WebhookEventStatusBadge key="status" status={event.status} />],
    [t("columnReceived"), time(event.receivedAt)],
    [t("processedAt"), event.processedAt ? time(event.processedAt) : t("notProcessed")],
    [t("columnAttempts"), format.number(event.attempts)],
    [t("replays"), format.number(event.replays)],
    [t("columnInbox"), <WebhookEventInboxes key="inboxes" event={event} />],
    [t("instagramAccounts"), event.instagramUserIds.length ? <span dir="ltr">{event.instagramUserIds.join(", ")}</span> : t("notRouted")],
    [t("size"), t("bytes", { bytes: event.bytes })],
  ];
  const replayable = (REPLAYABLE_STATUSES as readonly string[]).includes(event.status);
  return (
    <div className="space-y-6">
      <Card title={t("detailTitle", { id: event.id })}>
        <div className="flex flex-wrap items-start justify-between gap-6">
          <dl className="grid flex-1 grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-sm">
            {facts.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="font-medium text-slate-500">{label}</dt>
                <dd className="text-slate-900">{value}</dd>
              </div>
            ))}
          </dl>
          {replayable && <ReplayEventButton eventId={event.id} action={replayAction} />}
        </div>
      </Card>
      <Card title={t("columnError")}>
        {event.lastError ? (
          <pre dir="ltr" className="overflow-x-auto whitespace-pre-wrap break-words rounded-lg bg-red-50 p-4 font-mono text-xs text-red-900">
            {event.lastError}
          </pre>
        ) : (
          <p className="text-sm text-slate-500">{t("noError")}</p>
        )}
      </Card>
      <Card title={t("payload")} description={event.payload.format === "binary" ? undefined : t(event.payload.format === "json" ? "payloadJson" : "payloadText")}>
        {event.payload.text === null ? (
          <p className="text-sm text-slate-600">{t("payloadBinary", { bytes: event.bytes })}</p>
        ) : (
          <pre
            dir="ltr"
            // Scrolls on its own: focusable so that a keyboard can scroll it too.
            tabIndex={0}
            className="max-h-[32rem] overflow-auto rounded-lg bg-slate-900 p-4 font-mono text-xs leading-relaxed text-slate-100"
          >
            {event.payload.text}
          </pre>
        )}
      </Card>
    </div>
  );
}
