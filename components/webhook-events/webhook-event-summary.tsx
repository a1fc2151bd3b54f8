import { useFormatter, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { WEBHOOK_EVENTS_PATH } from "@/components/webhook-events/webhook-events-href";
import { WEBHOOK_EVENT_STATUSES, type WebhookEventStatus } from "@/lib/webhooks/schemas";

type Props = {
  counts: Record<WebhookEventStatus, number>;
  rejected: { value: bigint; updatedAt: Date | null };
  current?: WebhookEventStatus;
};

/** How many stored events have each status (each a link to them), and the refused deliveries. */
export function WebhookEventSummary({ counts, rejected, current }: Props) {
  const t = useTranslations("WebhookEvents");
  const format = useFormatter();
  const tile = "flex flex-col rounded-xl bg-white px-4 py-3 shadow-sm ring-1 ring-slate-200";
  return (
    <section aria-labelledby="webhook-summary-heading">
      <h2 id="webhook-summary-heading" className="sr-only">
        {t("summaryHeading")}
      </h2>
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4 xl:grid-cols-8">
        {WEBHOOK_EVENT_STATUSES.map((status) => (
          <li key={status}>
            <Link
              href={{ pathname: WEBHOOK_EVENTS_PATH, query: { status } }}
              aria-current={current === status ? "true" : undefined}
              className={`${tile} hover:ring-indigo-300 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 aria-[current]:ring-2 aria-[current]:ring-indigo-500`}
            >
              <span className="text-xs font-medium text-slate-500">{t(`status.${status}`)}</span>
              <span className="text-xl font-semibold tabular-nums text-slate-900">{format.number(counts[status])}</span>
            </Link>
          </li>
        ))}
        <li className={`${tile} col-span-2`}>
          <span className="text-xs font-medium text-slate-500">{t("rejectedSignatures")}</span>
          <span className="text-xl font-semibold tabular-nums text-slate-900">{format.number(rejected.value)}</span>
          <span className="text-xs text-slate-500">
            {rejected.updatedAt
              ? t("rejectedLast", { date: format.dateTime(rejected.updatedAt, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) })
              : t("rejectedNever")}
          </span>
        </li>
      </ul>
    </section>
  );
}
