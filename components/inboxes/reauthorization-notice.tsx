"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Icon } from "@/components/ui/icons";
import { Link } from "@/i18n/navigation";
import { reauthorizePath } from "@/lib/instagram/connect-paths";

/**
 * Tells an administrator, on each page load, which inboxes Instagram no longer accepts. It floats
 * beside the sidebar, over the least used corner (the inbox uses the whole window), and can be
 * closed until the next load.
 */
export function ReauthorizationNotice({ accountId, inboxes }: { accountId: number; inboxes: { inboxId: number; username: string }[] }) {
  const t = useTranslations();
  const [open, setOpen] = useState(true);
  if (!open || inboxes.length === 0) return null;
  return (
    <section
      role="alert"
      aria-label={t("Shell.reauthorizeNoticeLabel")}
      className="fixed bottom-4 start-4 z-40 w-[min(24rem,calc(100vw-2rem))] md:start-[17rem] rounded-xl bg-amber-50 p-4 text-sm text-amber-900 shadow-lg ring-1 ring-amber-200"
    >
      <div className="flex items-start gap-3">
        <ul className="min-w-0 flex-1 space-y-3">
          {inboxes.map(({ inboxId, username }) => (
            <li key={inboxId} className="space-y-1">
              <p>{t("Shell.reauthorizeNotice", { username })}</p>
              <Link href={reauthorizePath(accountId, inboxId)} className="font-medium underline hover:text-amber-700">
                {t("Shell.reauthorizeNoticeLink", { username })}
              </Link>
            </li>
          ))}
        </ul>
        <button type="button" onClick={() => setOpen(false)} className="rounded-md p-1 text-amber-800 hover:bg-amber-100">
          <Icon name="close" className="size-4" />
          <span className="sr-only">{t("Common.close")}</span>
        </button>
      </div>
    </section>
  );
}
