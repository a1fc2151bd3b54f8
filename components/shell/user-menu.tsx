"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { LanguageSelect } from "@/components/shell/language-select";
import { Icon } from "@/components/ui/icons";

export function UserMenu({ name, email, roleLabel }: { name: string; email: string; roleLabel: string }) {
  const t = useTranslations("Shell");
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => event.key === "Escape" && setOpen(false);
    const onClick = (event: MouseEvent) => !root.current?.contains(event.target as Node) && setOpen(false);
    window.addEventListener("keydown", onKey);
    window.addEventListener("mousedown", onClick);
    return () => {
      window.removeEventListener("keydown", onKey);
      window.removeEventListener("mousedown", onClick);
    };
  }, [open]);

  const initials = name.split(/\s+/).map((part) => part[0]).join("").slice(0, 2).toUpperCase();

  return (
    <div ref={root} className="relative">
      {open && (
        <div id="user-menu" className="absolute inset-x-0 bottom-full mb-2 space-y-4 rounded-xl bg-white p-4 shadow-lg ring-1 ring-slate-200">
          <div className="min-w-0">
            <p className="truncate text-sm font-medium text-slate-900">{name}</p>
            <p className="truncate text-xs text-slate-500">{email}</p>
          </div>
          <LanguageSelect />
          <SignOutButton className="w-full" />
        </div>
      )}
      <button
        type="button"
        aria-expanded={open}
        aria-controls="user-menu"
        onClick={() => setOpen((value) => !value)}
        className="flex w-full items-center gap-3 rounded-lg p-2 text-start hover:bg-slate-100"
      >
        <span className="sr-only">{t("userMenu")}: </span>
        <span aria-hidden="true" className="flex size-9 shrink-0 items-center justify-center rounded-full bg-indigo-100 text-sm font-semibold text-indigo-700">
          {initials}
        </span>
        <span className="min-w-0 flex-1">
          <span className="block truncate text-sm font-medium text-slate-900">{name}</span>
          <span className="block truncate text-xs text-slate-500">{roleLabel}</span>
        </span>
        <Icon name="chevron" className={`size-4 text-slate-500 transition-transform ${open ? "" : "rotate-180"}`} />
      </button>
    </div>
  );
}
