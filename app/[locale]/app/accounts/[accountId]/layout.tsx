import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ReauthorizationNotice } from "@/components/inboxes/reauthorization-notice";
import { AppShell, type NavGroup } from "@/components/shell/app-shell";
import { listUserAccounts } from "@/lib/accounts/list-user-accounts";
import { guardAccountPage } from "@/lib/auth/page-guards";
import { listInboxesNeedingReauthorization } from "@/lib/inboxes/list-inboxes";

export default async function AccountLayout({ children, params }: { children: ReactNode; params: Promise<{ accountId: string }> }) {
  await connection();
  const { user, accountId, role } = await guardAccountPage((await params).accountId);
  const [accounts, t, needReauthorization] = await Promise.all([
    listUserAccounts({ userId: user.id }),
    getTranslations("Shell"),
    role === "administrator" ? listInboxesNeedingReauthorization({ accountId }) : [],
  ]);
  const base = `/app/accounts/${accountId}`;
  const nav: NavGroup[] = [{ items: [{ href: `${base}/conversations`, label: t("conversations"), icon: "chat" }] }];
  if (role === "administrator") {
    nav.push({
      heading: t("settings"),
      items: [
        { href: `${base}/settings/inboxes`, label: t("inboxes"), icon: "inbox" },
        { href: `${base}/settings/agents`, label: t("agents"), icon: "users" },
      ],
    });
  }
  if (user.superAdmin) nav.push({ items: [{ href: "/super_admin", label: t("superAdmin"), icon: "shield" }] });
  return (
    <AppShell
      user={user}
      roleLabel={role === "administrator" ? t("roleAdministrator") : t("roleAgent")}
      nav={nav}
      accounts={accounts}
      currentAccountId={accountId}
    >
      <ReauthorizationNotice accountId={accountId} inboxes={needReauthorization} />
      {children}
    </AppShell>
  );
}
