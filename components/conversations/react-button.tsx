"use client";

import { useTranslations } from "next-intl";
import { reactAction } from "@/app/[locale]/app/accounts/[accountId]/conversations/actions";
import { useRefreshingAction } from "@/components/conversations/use-refreshing-action";

/** Heart a customer's message (or take the heart back), as the business. */
export function ReactButton({ accountId, messageId, reacted }: { accountId: number; messageId: number; reacted: boolean }) {
  const t = useTranslations("Conversations.react");
  const { pending, error, run } = useRefreshingAction();
  return (
    <>
      <button
        type="button"
        disabled={pending}
        aria-pressed={reacted}
        onClick={() => run(() => reactAction({ accountId, messageId, react: !reacted }), ({ code }) => t(code === "MESSAGING_WINDOW_CLOSED" ? "windowClosed" : "failed"))}
        className="rounded px-1 text-slate-600 hover:bg-slate-100 hover:text-slate-900 disabled:text-slate-400"
      >
        {reacted ? t("remove") : t("add")}
      </button>
      {error && (
        <span role="alert" className="text-red-700">
          {error}
        </span>
      )}
    </>
  );
}
