"use client";

import { useTranslations } from "next-intl";
import { retryReplyAction } from "@/app/[locale]/app/accounts/[accountId]/conversations/actions";
import { useRefreshingAction } from "@/components/conversations/use-refreshing-action";

/** *Retry* under a reply that was not sent. */
export function RetryButton({ accountId, messageId }: { accountId: number; messageId: number }) {
  const t = useTranslations("Conversations.composer");
  const { pending, error, run } = useRefreshingAction();
  return (
    <>
      <button
        type="button"
        disabled={pending}
        onClick={() => run(() => retryReplyAction({ accountId, messageId }), () => t("errors.INTERNAL"))}
        className="font-medium text-indigo-700 underline hover:text-indigo-600 disabled:text-slate-400"
      >
        {t("retry")}
      </button>
      {error && (
        <span role="alert" className="text-red-700">
          {error}
        </span>
      )}
    </>
  );
}
