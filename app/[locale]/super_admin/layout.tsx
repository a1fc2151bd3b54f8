import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AppShell, type NavGroup } from "@/components/shell/app-shell";
import { listUserAccounts } from "@/lib/accounts/list-user-accounts";
import { guardSuperAdminPage } from "@/lib/auth/page-guards";

export default async function SuperAdminLayout({ children }: { children: ReactNode }) {
  await connection();
  const user = await guardSuperAdminPage();
  const [accounts, t] = await Promise.all([listUserAccounts({ userId: user.id }), getTranslations("Shell")]);
  const nav: NavGroup[] = [
    {
      heading: t("superAdmin"),
      items: [
        { href: "/super_admin/accounts", label: t("accounts"), icon: "building" },
        { href: "/super_admin/users", label: t("users"), icon: "users" },
        { href: "/super_admin/app_config?config=instagram", label: t("instagramSettings"), icon: "cog" },
        { href: "/super_admin/webhook_events", label: t("webhookEvents"), icon: "bolt" },
      ],
    },
  ];
  if (accounts[0]) {
    nav.push({ items: [{ href: `/app/accounts/${accounts[0].id}/conversations`, label: t("backToApp"), icon: "back" }] });
  }
  return (
    <AppShell user={user} roleLabel={t("roleSuperAdmin")} nav={nav}>
      {children}
    </AppShell>
  );
}
