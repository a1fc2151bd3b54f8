"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { reactAction } from "@/app/[locale]/app/accounts/[accountId]/conversations/actions";

/** Heart a customer's message (or take the heart back), as the business. */
export function ReactButton({ accountId, messageId, reacted }: { accountId: number; messageId: number; reacted: boolean }) {
  const t = useTranslations("Conversations.react");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [refused, setRefused] = useState<string>();
  return (
    <>
      <button
        type="button"
        disabled={pending}
        aria-pressed={reacted}
        onClick={() =>
          startTransition(async () => {
            const result = await reactAction({ accountId, messageId, react: !reacted });
            setRefused(result.ok ? undefined : result.code === "MESSAGING_WINDOW_CLOSED" ? t("windowClosed") : t("failed"));
            router.refresh();
          })
        }
        className="rounded px-1 text-slate-600 hover:bg-slate-100 hover:text-slate-900 disabled:text-slate-400"
      >
        {reacted ? t("remove") : t("add")}
      </button>
      {refused && (
        <span role="alert" className="text-red-700">
          {refused}
        </span>
      )}
    </>
  );
}
