import { useTranslations } from "next-intl";
import { Button, buttonClass } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { toUtcMinute, WEBHOOK_EVENTS_PATH } from "@/components/webhook-events/webhook-events-href";
import { Link } from "@/i18n/navigation";
import { WEBHOOK_EVENT_STATUSES, type WebhookEventFilters as Filters } from "@/lib/webhooks/schemas";

type Inbox = { id: number; name: string; accountName: string };

/** A plain GET form: the filters live in the URL, so a filtered list can be shared and reloaded. */
export function WebhookEventFilters({ filters, inboxes }: { filters: Filters; inboxes: Inbox[] }) {
  const t = useTranslations("WebhookEvents");
  return (
    <form
      method="get"
      role="search"
      aria-label={t("filtersLabel")}
      className="grid gap-4 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200 sm:grid-cols-2 xl:grid-cols-4"
    >
      <SelectField label={t("filterStatus")} name="status" defaultValue={filters.status ?? ""}>
        <option value="">{t("allStatuses")}</option>
        {WEBHOOK_EVENT_STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(`status.${status}`)}
          </option>
        ))}
      </SelectField>
      <SelectField label={t("filterInbox")} name="inbox" defaultValue={filters.inbox ? String(filters.inbox) : ""}>
        <option value="">{t("allInboxes")}</option>
        {inboxes.map((inbox) => (
          <option key={inbox.id} value={inbox.id}>
            {t("inboxOption", { account: inbox.accountName, inbox: inbox.name })}
          </option>
        ))}
      </SelectField>
      <TextField label={t("filterFrom")} name="from" type="datetime-local" defaultValue={toUtcMinute(filters.from)} />
      <TextField label={t("filterTo")} name="to" type="datetime-local" defaultValue={toUtcMinute(filters.to)} />
      <div className="flex flex-wrap justify-end gap-2 sm:col-span-2 xl:col-span-4">
        <Button type="submit">{t("applyFilters")}</Button>
        <Link href={WEBHOOK_EVENTS_PATH} className={buttonClass("ghost")}>
          {t("clearFilters")}
        </Link>
      </div>
    </form>
  );
}
