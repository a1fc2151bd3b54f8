import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { ConversationsWorkspace } from "@/components/conversations/conversations-workspace";
import { LiveRefresh } from "@/components/conversations/live-refresh";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Icon } from "@/components/ui/icons";
import { guardAccountPage } from "@/lib/auth/page-guards";
import { listConversations } from "@/lib/conversations/list-conversations";
import { Link } from "@/i18n/navigation";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Conversations"))("title") };
}

export default async function ConversationsPage({ params }: { params: Promise<{ accountId: string }> }) {
  await connection();
  const { user, accountId, role } = await guardAccountPage((await params).accountId);
  const [t, conversations] = await Promise.all([getTranslations("Conversations"), listConversations({ accountId, userId: user.id, role })]);
  if (conversations.length === 0) {
    const isAdmin = role === "administrator";
    return (
      <div className="mx-auto max-w-5xl px-4 py-8 sm:px-8 sm:py-10">
        {/* The first conversation replaces this page as soon as it arrives. */}
        <LiveRefresh accountId={accountId} />
        <h1 className="mb-8 text-2xl font-semibold tracking-tight text-slate-900">{t("title")}</h1>
        <EmptyState
          icon={<Icon name="chat" className="size-6" />}
          title={t("emptyTitle")}
          body={isAdmin ? t("emptyBodyAdmin") : t("emptyBodyAgent")}
          action={
            isAdmin && (
              <Link href={`/app/accounts/${accountId}/settings/inboxes`} className={buttonClass("primary")}>
                {t("goToInboxes")}
              </Link>
            )
          }
        />
      </div>
    );
  }
  return (
    <ConversationsWorkspace accountId={accountId} conversations={conversations}>
      <div className="flex flex-1 flex-col items-center justify-center bg-slate-50 p-8 text-center">
        <Icon name="chat" className="size-8 text-slate-400" />
        <h2 className="mt-3 font-semibold text-slate-900">{t("selectTitle")}</h2>
        <p className="mt-1 max-w-sm text-sm text-slate-600">{t("selectBody")}</p>
      </div>
    </ConversationsWorkspace>
  );
}
