import type { Metadata } from "next";
import { connection } from "next/server";
import { getFormatter, getTranslations } from "next-intl/server";
import { ConnectionStatus } from "@/components/inboxes/connection-status";
import { DeleteInboxCard } from "@/components/inboxes/delete-inbox-card";
import { InboxAgentsForm } from "@/components/inboxes/inbox-agents-form";
import { InboxAvatar } from "@/components/inboxes/inbox-avatar";
import { InboxOptionsForm } from "@/components/inboxes/inbox-options-form";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { Link } from "@/i18n/navigation";
import { reauthorizePath } from "@/lib/instagram/connect-paths";
import { removeInboxAction, setInboxMembersAction, setInboxOptionsAction } from "../actions";
import { loadInboxPage } from "./load-inbox-page";

type Props = { params: Promise<{ accountId: string; inboxId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Inbox"))("title") };
}

export default async function InboxPage({ params }: Props) {
  await connection();
  const { accountId, inbox, people, memberIds } = await loadInboxPage(params);
  const [t, format] = await Promise.all([getTranslations("Inbox"), getFormatter()]);
  const channel = inbox.channel;
  const date = (value: Date) => format.dateTime(value, { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="max-w-3xl space-y-8">
      <header className="flex flex-wrap items-center gap-4">
        <InboxAvatar size="lg" username={channel?.username ?? inbox.name} pictureUrl={channel?.profilePictureUrl ?? null} />
        <div className="min-w-0 flex-1">
          <h1 className="truncate text-2xl font-semibold tracking-tight text-slate-900">{inbox.name}</h1>
          {channel && (
            <a href={`https://www.instagram.com/${channel.username}`} target="_blank" rel="noreferrer" className="text-sm text-indigo-700 hover:underline">
              @{channel.username}
            </a>
          )}
        </div>
        {channel && <ConnectionStatus needsReauthorization={channel.reauthorizationRequired} />}
      </header>
      {channel?.reauthorizationRequired && <Notice tone="warning">{t("needsReauthorizationBanner")}</Notice>}
      {channel && (
        <Card title={t("connectionTitle")}>
          <dl className="grid gap-4 text-sm sm:grid-cols-2">
            <div>
              <dt className="text-slate-500">{t("tokenExpiresAt")}</dt>
              <dd className="mt-1 font-medium text-slate-900">{date(channel.tokenExpiresAt)}</dd>
            </div>
            <div>
              <dt className="text-slate-500">{t("tokenRefreshedAt")}</dt>
              <dd className="mt-1 font-medium text-slate-900">{date(channel.tokenRefreshedAt)}</dd>
            </div>
          </dl>
          <div className="mt-6 flex flex-wrap items-center gap-3 border-t border-slate-100 pt-5">
            <Link href={reauthorizePath(accountId, inbox.id)} className={buttonClass("secondary")}>
              {t("reauthorize")}
            </Link>
            <p className="text-xs text-slate-500">{t("reauthorizeHint")}</p>
          </div>
        </Card>
      )}
      <InboxAgentsForm
        accountId={accountId}
        inboxId={inbox.id}
        inboxName={inbox.name}
        people={people}
        memberIds={memberIds}
        action={setInboxMembersAction}
      />
      <InboxOptionsForm
        accountId={accountId}
        inboxId={inbox.id}
        options={{ sendMessageReplies: inbox.sendMessageReplies, sendMarkSeen: inbox.sendMarkSeen }}
        action={setInboxOptionsAction}
      />
      <DeleteInboxCard accountId={accountId} inboxId={inbox.id} inboxName={inbox.name} action={removeInboxAction} />
    </div>
  );
}
