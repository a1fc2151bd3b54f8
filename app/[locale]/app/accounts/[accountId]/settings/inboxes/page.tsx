import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { InboxList } from "@/components/inboxes/inbox-list";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Icon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import { Link } from "@/i18n/navigation";
import { guardAccountPage } from "@/lib/auth/page-guards";
import { listInboxes } from "@/lib/inboxes/list-inboxes";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Inboxes"))("title") };
}

export default async function InboxesPage({ params }: { params: Promise<{ accountId: string }> }) {
  await connection();
  const { accountId } = await guardAccountPage((await params).accountId, "administrator");
  const [inboxes, t] = await Promise.all([listInboxes({ accountId }), getTranslations("Inboxes")]);
  const connect = (
    <Link href={`/app/accounts/${accountId}/settings/inboxes/new/instagram`} className={buttonClass("primary")}>
      {t("newInbox")}
    </Link>
  );
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} actions={inboxes.length > 0 && connect} />
      {inboxes.length === 0 ? (
        <EmptyState icon={<Icon name="inbox" className="size-6" />} title={t("emptyTitle")} body={t("emptyBody")} action={connect} />
      ) : (
        <InboxList accountId={accountId} inboxes={inboxes} />
      )}
    </>
  );
}
