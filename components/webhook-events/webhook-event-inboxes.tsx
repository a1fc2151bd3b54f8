import { useTranslations } from "next-intl";
import type { WebhookEventRow } from "@/lib/webhooks/list-webhook-events";

/** Where an event went: its inboxes, else the Instagram accounts nobody here has connected. */
export function WebhookEventInboxes({ event }: { event: Pick<WebhookEventRow, "inboxes" | "instagramUserIds"> }) {
  const t = useTranslations("WebhookEvents");
  if (event.inboxes.length > 0) {
    return (
      <ul>
        {event.inboxes.map((inbox) => (
          <li key={inbox.id} className="whitespace-nowrap">
            {inbox.name === null ? t("removedInbox", { id: inbox.id }) : t("inboxOption", { account: inbox.accountName ?? "", inbox: inbox.name })}
          </li>
        ))}
      </ul>
    );
  }
  if (event.instagramUserIds.length > 0) {
    return <span className="text-slate-500">{t("noInboxFor", { ids: event.instagramUserIds.join(", ") })}</span>;
  }
  return <span className="text-slate-500">{t("notRouted")}</span>;
}
