import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { AccountList } from "@/components/super-admin/account-list";
import { CreateAccountForm } from "@/components/super-admin/create-account-form";
import { PageHeader } from "@/components/ui/page-header";
import { listAccounts } from "@/lib/accounts/list-accounts";
import { guardSuperAdminPage } from "@/lib/auth/page-guards";
import { createAccountAction, renameAccountAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("SuperAdmin"))("accountsTitle") };
}

export default async function AccountsPage() {
  await connection();
  await guardSuperAdminPage();
  const [accounts, t] = await Promise.all([listAccounts(), getTranslations("SuperAdmin")]);
  return (
    <>
      <PageHeader title={t("accountsTitle")} description={t("accountsDescription")} />
      <div className="space-y-8">
        <CreateAccountForm action={createAccountAction} />
        <AccountList
          accounts={accounts.map(({ _count, ...account }) => ({ ...account, members: _count.members }))}
          renameAction={renameAccountAction}
        />
      </div>
    </>
  );
}
