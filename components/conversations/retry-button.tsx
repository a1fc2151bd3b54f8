"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { retryReplyAction } from "@/app/[locale]/app/accounts/[accountId]/conversations/actions";

/** *Retry* under a reply that was not sent. */
export function RetryButton({ accountId, messageId }: { accountId: number; messageId: number }) {
  const t = useTranslations("Conversations.composer");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [refused, setRefused] = useState<string>();
  return (
    <>
      <button
        type="button"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await retryReplyAction({ accountId, messageId });
            setRefused(result.ok ? undefined : t(result.code === "REAUTHORIZATION_REQUIRED" ? "errors.REAUTHORIZATION_REQUIRED" : "errors.INTERNAL"));
            router.refresh();
          })
        }
        className="font-medium text-indigo-700 underline hover:text-indigo-600 disabled:text-slate-400"
      >
        {t("retry")}
      </button>
      {refused && <span role="alert" className="text-red-700">{refused}</span>}
    </>
  );
}
