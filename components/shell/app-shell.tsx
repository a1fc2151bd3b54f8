import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AccountSwitcher } from "@/components/shell/account-switcher";
import { NavLink } from "@/components/shell/nav-link";
import { ShellFrame } from "@/components/shell/shell-frame";
import { UserMenu } from "@/components/shell/user-menu";
import type { IconName } from "@/components/ui/icons";
import { Logo } from "@/components/ui/logo";

export type NavGroup = { heading?: string; items: { href: string; label: string; icon: IconName }[] };

type Props = {
  user: { name: string; email: string };
  roleLabel: string;
  nav: NavGroup[];
  accounts?: { id: number; name: string }[];
  currentAccountId?: number;
  children: ReactNode;
};

/** The signed-in frame: sidebar navigation, account switcher, user menu, and the page. */
export async function AppShell({ user, roleLabel, nav, accounts, currentAccountId, children }: Props) {
  const t = await getTranslations();
  const sidebar = (
    <div className="flex h-full flex-col gap-6 px-4 py-5">
      <Logo name={t("Common.appName")} />
      {accounts && currentAccountId !== undefined && <AccountSwitcher accounts={accounts} currentAccountId={currentAccountId} />}
      <nav aria-label={t("Shell.mainNavigation")} className="flex-1 space-y-6 overflow-y-auto">
        {nav.map((group, index) => (
          <div key={group.heading ?? index}>
            {group.heading && <p className="mb-2 px-3 text-xs font-semibold uppercase tracking-wide text-slate-500">{group.heading}</p>}
            <ul className="space-y-1">
              {group.items.map((item) => (
                <li key={item.href}>
                  <NavLink {...item} />
                </li>
              ))}
            </ul>
          </div>
        ))}
      </nav>
      <UserMenu name={user.name} email={user.email} roleLabel={roleLabel} />
    </div>
  );
  return (
    <ShellFrame sidebar={sidebar} appName={t("Common.appName")}>
      {children}
    </ShellFrame>
  );
}
