"use client";

import { useTranslations } from "next-intl";
import { useReplyTarget, type ReplyTarget } from "@/components/conversations/reply-target";

/** *Reply* under a customer's message: quotes it above the composer. */
export function ReplyButton(target: ReplyTarget) {
  const t = useTranslations("Conversations.reply");
  const { setTarget } = useReplyTarget();
  return (
    <button type="button" onClick={() => setTarget(target)} className="rounded px-1 text-slate-600 hover:bg-slate-100 hover:text-slate-900">
      <span aria-hidden>↩ </span>
      {t("action")}
    </button>
  );
}
