"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState, type ReactNode } from "react";
import { Icon } from "@/components/ui/icons";
import { Logo } from "@/components/ui/logo";
import { usePathname } from "@/i18n/navigation";

/** The inbox uses the whole window (its own panes scroll); settings pages read as a column. */
export const isFullBleed = (pathname: string) => /\/conversations(\/|$)/.test(pathname);

/** Sidebar beside the page on wide screens; a drawer behind a menu button on phones. */
export function ShellFrame({ sidebar, appName, children }: { sidebar: ReactNode; appName: string; children: ReactNode }) {
  const t = useTranslations("Shell");
  const pathname = usePathname();
  // The drawer belongs to the page it was opened on: navigating closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const fullBleed = isFullBleed(pathname);
  const setOpen = (value: boolean) => setOpenOn(value ? pathname : null);
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => event.key === "Escape" && setOpenOn(null);
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [open]);

  return (
    <div className="min-h-screen">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:start-4 focus:top-4 focus:z-50 focus:rounded-lg focus:bg-white focus:px-4 focus:py-2 focus:shadow">
        {t("skipToContent")}
      </a>
      <div className="sticky top-0 z-30 flex items-center justify-between border-b border-slate-200 bg-white/90 px-4 py-3 backdrop-blur md:hidden">
        <Logo name={appName} />
        <button
          type="button"
          onClick={() => setOpen(true)}
          aria-expanded={open}
          aria-controls="sidebar"
          className="rounded-lg p-2 text-slate-700 hover:bg-slate-100"
        >
          <Icon name="menu" className="size-6" />
          <span className="sr-only">{t("openNavigation")}</span>
        </button>
      </div>
      {open && <div className="fixed inset-0 z-40 bg-slate-900/40 md:hidden" aria-hidden="true" onClick={() => setOpen(false)} />}
      <aside
        id="sidebar"
        className={`fixed inset-y-0 start-0 z-50 w-72 border-e border-slate-200 bg-white transition-transform md:z-20 md:w-64 md:translate-x-0 md:rtl:translate-x-0 ${
          open ? "translate-x-0" : "-translate-x-full rtl:translate-x-full"
        }`}
      >
        {open && (
          <button
            type="button"
            onClick={() => setOpen(false)}
            className="absolute end-3 top-4 rounded-lg p-2 text-slate-600 hover:bg-slate-100 md:hidden"
          >
            <Icon name="close" />
            <span className="sr-only">{t("closeNavigation")}</span>
          </button>
        )}
        {sidebar}
      </aside>
      <main id="main" className="md:ps-64">
        {fullBleed ? children : <div className="mx-auto max-w-5xl px-4 py-8 sm:px-8 sm:py-10">{children}</div>}
      </main>
    </div>
  );
}
