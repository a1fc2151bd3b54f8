"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { isFullBleed } from "@/components/shell/shell-frame";
import { Icon } from "@/components/ui/icons";
import { Link, usePathname } from "@/i18n/navigation";
import { connectWizardPath, reauthorizePath } from "@/lib/instagram/connect-paths";

/**
 * Tells an administrator, on each page load, which inboxes Instagram no longer accepts: above
 * the page, or floating in a corner over the inbox (which uses the whole window). It can be
 * closed until the next load, and stays away from the reauthorization page itself.
 */
export function ReauthorizationNotice({ accountId, inboxes }: { accountId: number; inboxes: { inboxId: number; username: string }[] }) {
  const t = useTranslations();
  const pathname = usePathname();
  const [open, setOpen] = useState(true);
  if (!open || inboxes.length === 0 || pathname.endsWith(connectWizardPath(accountId))) return null;
  const placement = isFullBleed(pathname) ? "fixed bottom-4 start-4 z-40 w-[min(24rem,calc(100vw-2rem))] shadow-lg md:start-[17rem]" : "mb-6";
  return (
    <section role="alert" aria-label={t("Shell.reauthorizeNoticeLabel")} className={`${placement} rounded-xl bg-amber-50 p-4 text-sm text-amber-900 ring-1 ring-amber-200`}>
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
