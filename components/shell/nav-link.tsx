"use client";

import { Icon, type IconName } from "@/components/ui/icons";
import { Link, usePathname } from "@/i18n/navigation";

export function NavLink({ href, label, icon }: { href: string; label: string; icon: IconName }) {
  const pathname = usePathname();
  const path = href.split("?")[0]!;
  const active = pathname === path || pathname.startsWith(`${path}/`);
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      className={`flex items-center gap-3 rounded-lg px-3 py-2 text-sm font-medium transition-colors ${
        active ? "bg-indigo-50 text-indigo-700" : "text-slate-700 hover:bg-slate-100 hover:text-slate-900"
      }`}
    >
      <Icon name={icon} className={`size-5 ${active ? "text-indigo-600" : "text-slate-500"}`} />
      {label}
    </Link>
  );
}
