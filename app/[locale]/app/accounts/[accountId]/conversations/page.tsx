import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Icon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import { guardAccountPage } from "@/lib/auth/page-guards";
import { Link } from "@/i18n/navigation";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Conversations"))("title") };
}

export default async function ConversationsPage({ params }: { params: Promise<{ accountId: string }> }) {
  await connection();
  const { accountId, role } = await guardAccountPage((await params).accountId);
  const t = await getTranslations("Conversations");
  const isAdmin = role === "administrator";
  return (
    <>
      <PageHeader title={t("title")} />
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
    </>
  );
}
