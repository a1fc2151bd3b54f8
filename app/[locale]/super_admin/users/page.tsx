import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { CreateUserForm } from "@/components/super-admin/create-user-form";
import { UserList } from "@/components/super-admin/user-list";
import { PageHeader } from "@/components/ui/page-header";
import { listAccounts } from "@/lib/accounts/list-accounts";
import { guardSuperAdminPage } from "@/lib/auth/page-guards";
import { listUsers } from "@/lib/users/list-users";
import { addAccountMemberAction, createUserAction, makeSuperAdminAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("SuperAdmin"))("usersTitle") };
}

export default async function UsersPage() {
  await connection();
  await guardSuperAdminPage();
  const [users, accounts, t] = await Promise.all([listUsers(), listAccounts(), getTranslations("SuperAdmin")]);
  return (
    <>
      <PageHeader title={t("usersTitle")} description={t("usersDescription")} />
      <div className="space-y-8">
        <CreateUserForm action={createUserAction} />
        <UserList
          users={users}
          accounts={accounts.map(({ id, name }) => ({ id, name }))}
          makeSuperAdminAction={makeSuperAdminAction}
          addMemberAction={addAccountMemberAction}
        />
      </div>
    </>
  );
}
