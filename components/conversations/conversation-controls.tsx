"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { assignConversationAction, setConversationStatusAction } from "@/app/[locale]/app/accounts/[accountId]/conversations/actions";
import { useRefreshingAction } from "@/components/conversations/use-refreshing-action";
import { Button } from "@/components/ui/button";

/** Assign to a person and resolve / reopen, from the thread's header. */
export function ConversationControls({
  accountId,
  conversationId,
  status,
  assigneeId,
  assignable,
}: {
  accountId: number;
  conversationId: number;
  status: "open" | "resolved";
  assigneeId: number | null;
  assignable: { id: number; name: string }[];
}) {
  const t = useTranslations("Conversations.controls");
  const selectId = useId();
  const { pending, error, run: runAction } = useRefreshingAction();
  const run = (action: Parameters<typeof runAction>[0]) => runAction(action, ({ fieldErrors }) => t(fieldErrors?.status === "alreadyOpen" ? "alreadyOpen" : "failed"));

  return (
    <div className="ms-auto flex flex-wrap items-center justify-end gap-2">
      {error && (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      )}
      <label htmlFor={selectId} className="text-xs font-medium text-slate-600">
        {t("assignee")}
      </label>
      <select
        id={selectId}
        value={assigneeId ?? ""}
        disabled={pending}
        onChange={(event) => {
          const value = event.target.value;
          run(() => assignConversationAction({ accountId, conversationId, assigneeId: value === "" ? null : Number(value) }));
        }}
        className="max-w-44 rounded-lg border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-800"
      >
        <option value="">{t("unassigned")}</option>
        {assignable.map((user) => (
          <option key={user.id} value={user.id}>
            {user.name}
          </option>
        ))}
      </select>
      <Button
        variant="secondary"
        disabled={pending}
        onClick={() => run(() => setConversationStatusAction({ accountId, conversationId, status: status === "open" ? "resolved" : "open" }))}
      >
        {status === "open" ? t("resolve") : t("reopen")}
      </Button>
    </div>
  );
}
