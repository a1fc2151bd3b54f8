import { useFormatter, useTranslations } from "next-intl";
import { ConnectionStatus } from "@/components/inboxes/connection-status";
import { InboxAvatar } from "@/components/inboxes/inbox-avatar";
import { RemovalProgress } from "@/components/inboxes/removal-progress";
import { RefreshWhileMounted } from "@/components/inboxes/refresh-while-mounted";
import { Link } from "@/i18n/navigation";

type InboxSummary = {
  id: number;
  name: string;
  channel: { username: string; profilePictureUrl: string | null; tokenExpiresAt: Date; reauthorizationRequired: boolean } | null;
  _count: { members: number };
  removalStartedAt: Date | null;
  removalTotal: number | null;
  removalDone: number;
};

export function InboxList({ accountId, inboxes }: { accountId: number; inboxes: InboxSummary[] }) {
  const t = useTranslations("Inboxes");
  const format = useFormatter();
  return (
    <ul aria-label={t("listLabel")} className="divide-y divide-slate-200 overflow-hidden rounded-2xl bg-white shadow-sm ring-1 ring-slate-200">
      {inboxes.map((inbox) => (
        <li key={inbox.id}>
          {inbox.removalStartedAt ? (
            // Being removed: no longer a place to go, only its progress.
            <div className="flex flex-wrap items-center gap-4 px-5 py-4">
              <InboxAvatar username={inbox.name} pictureUrl={null} />
              <RemovalProgress name={inbox.name} removal={inbox} />
            </div>
          ) : (
            <Link
              href={`/app/accounts/${accountId}/settings/inboxes/${inbox.id}`}
              className="flex flex-wrap items-center gap-4 px-5 py-4 hover:bg-slate-50 focus-visible:bg-slate-50 focus-visible:outline-none"
            >
              <InboxAvatar username={inbox.channel?.username ?? inbox.name} pictureUrl={inbox.channel?.profilePictureUrl ?? null} />
              <div className="min-w-0 flex-1">
                <p className="truncate text-sm font-medium text-slate-900">{inbox.name}</p>
                <p className="truncate text-sm text-slate-600">
                  {t("agentsCount", { count: inbox._count.members })}
                  {inbox.channel && ` · ${t("tokenExpires", { date: format.dateTime(inbox.channel.tokenExpiresAt, { dateStyle: "medium" }) })}`}
                </p>
              </div>
              {inbox.channel && <ConnectionStatus needsReauthorization={inbox.channel.reauthorizationRequired} />}
            </Link>
          )}
        </li>
      ))}
      {inboxes.some((inbox) => inbox.removalStartedAt) && <RefreshWhileMounted />}
    </ul>
  );
}
