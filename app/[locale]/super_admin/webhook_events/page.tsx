import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Icon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import { ReplayDeadEventsButton } from "@/components/webhook-events/replay-dead-events-button";
import { WebhookEventDetail } from "@/components/webhook-events/webhook-event-detail";
import { WebhookEventFilters } from "@/components/webhook-events/webhook-event-filters";
import { WebhookEventSummary } from "@/components/webhook-events/webhook-event-summary";
import { WebhookEventTable } from "@/components/webhook-events/webhook-event-table";
import { WEBHOOK_EVENTS_PATH, webhookEventsHref } from "@/components/webhook-events/webhook-events-href";
import { Link } from "@/i18n/navigation";
import { guardSuperAdminPage } from "@/lib/auth/page-guards";
import { listAllInboxes } from "@/lib/inboxes/list-all-inboxes";
import { countByStatus, listWebhookEvents } from "@/lib/webhooks/list-webhook-events";
import { getWebhookEventPayload } from "@/lib/webhooks/get-webhook-event-payload";
import { readCounter, REJECTED_SIGNATURES } from "@/lib/webhooks/counters";
import { webhookEventFiltersSchema } from "@/lib/webhooks/schemas";
import { replayDeadWebhookEventsAction, replayWebhookEventAction } from "./actions";

const PAGE_SIZE = 50;
const MINUTE_MS = 60_000;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("WebhookEvents"))("title") };
}

export default async function WebhookEventsPage({ searchParams }: Props) {
  await connection();
  await guardSuperAdminPage();
  const filters = webhookEventFiltersSchema.parse(await searchParams);
  const t = await getTranslations("WebhookEvents");
  const back = (
    <Link href={webhookEventsHref(filters, { cursor: filters.cursor?.toString() })} className={buttonClass("secondary")}>
      {t("backToList")}
    </Link>
  );

  if (filters.event !== undefined) {
    const event = await getWebhookEventPayload(filters.event);
    return (
      <>
        <PageHeader title={t("title")} actions={back} />
        {event ? (
          <WebhookEventDetail event={event} replayAction={replayWebhookEventAction} />
        ) : (
          <EmptyState icon={<Icon name="bolt" className="size-6" />} title={t("eventNotFound", { id: String(filters.event) })} body={t("eventNotFoundBody")} />
        )}
      </>
    );
  }

  const [counts, rejected, inboxes, page] = await Promise.all([
    countByStatus(),
    readCounter(REJECTED_SIGNATURES),
    listAllInboxes(),
    listWebhookEvents({
      status: filters.status,
      inboxId: filters.inbox,
      from: filters.from,
      // The form picks minutes: "until 10:30" includes everything received during 10:30.
      to: filters.to && new Date(filters.to.getTime() + MINUTE_MS - 1),
      cursor: filters.cursor,
      limit: PAGE_SIZE,
    }),
  ]);
  const stored = Object.values(counts).reduce((sum, count) => sum + count, 0);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={counts.dead > 0 && <ReplayDeadEventsButton count={counts.dead} action={replayDeadWebhookEventsAction} />}
      />
      <div className="space-y-6">
        <WebhookEventSummary counts={counts} rejected={rejected} current={filters.status} />
        {/* Remounted when the URL changes, so that its fields show the filters in force. */}
        <WebhookEventFilters key={JSON.stringify(webhookEventsHref(filters).query)} filters={filters} inboxes={inboxes} />
        {page.events.length > 0 ? (
          <WebhookEventTable events={page.events} filters={filters} nextCursor={page.nextCursor} replayAction={replayWebhookEventAction} />
        ) : stored === 0 ? (
          <EmptyState icon={<Icon name="bolt" className="size-6" />} title={t("emptyTitle")} body={t("emptyBody")} />
        ) : (
          <EmptyState
            icon={<Icon name="bolt" className="size-6" />}
            title={t("noMatchTitle")}
            body={t("noMatchBody")}
            action={
              <Link href={WEBHOOK_EVENTS_PATH} className={buttonClass("secondary")}>
                {t("clearFilters")}
              </Link>
            }
          />
        )}
      </div>
    </>
  );
}
