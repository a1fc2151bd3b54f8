import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Icon } from "@/components/ui/icons";
import { guardAccountPage } from "@/lib/auth/page-guards";
import { hasAnyConversation } from "@/lib/conversations/visible-inboxes";
import { Link } from "@/i18n/navigation";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Conversations"))("title") };
}

/** Beside the list (layout.tsx): a prompt to pick a conversation, or how the first one will come. */
export default async function ConversationsPage({ params }: { params: Promise<{ accountId: string }> }) {
  await connection();
  const { user, accountId, role } = await guardAccountPage((await params).accountId);
  const t = await getTranslations("Conversations");
  const any = await hasAnyConversation({ accountId, userId: user.id, role });
  const isAdmin = role === "administrator";
  return (
    <div className="flex flex-1 flex-col items-center justify-center bg-slate-50 p-8 text-center">
      <Icon name="chat" className="size-8 text-slate-400" />
      <h2 className="mt-3 font-semibold text-slate-900">{any ? t("selectTitle") : t("emptyTitle")}</h2>
      <p className="mt-1 max-w-sm text-sm text-slate-600">{any ? t("selectBody") : isAdmin ? t("emptyBodyAdmin") : t("emptyBodyAgent")}</p>
      {!any && isAdmin && (
        <Link href={`/app/accounts/${accountId}/settings/inboxes`} className={`${buttonClass("primary")} mt-6`}>
          {t("goToInboxes")}
        </Link>
      )}
    </div>
  );
}
