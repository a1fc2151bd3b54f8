import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { Icon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import { guardAccountPage } from "@/lib/auth/page-guards";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Inboxes"))("title") };
}

export default async function InboxesPage({ params }: { params: Promise<{ accountId: string }> }) {
  await connection();
  await guardAccountPage((await params).accountId, "administrator");
  const t = await getTranslations("Inboxes");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <EmptyState icon={<Icon name="inbox" className="size-6" />} title={t("emptyTitle")} body={t("emptyBody")} />
    </>
  );
}
