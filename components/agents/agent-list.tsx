"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useToast } from "@/components/ui/toaster";
import { useActionMutation } from "@/components/ui/use-action-mutation";
import type { ActionResult } from "@/lib/actions/action-result";

type Agent = { id: number; name: string; email: string; role: "administrator" | "agent" };

export function AgentList({
  accountId,
  agents,
  currentUserId,
  removeAction,
}: {
  accountId: number;
  agents: Agent[];
  currentUserId: number;
  removeAction: (input: { accountId: number; userId: number }) => Promise<ActionResult<void>>;
}) {
  const t = useTranslations("Agents");
  const tCommon = useTranslations("Common");
  const toast = useToast();
  const mutation = useActionMutation(removeAction);

  function remove(agent: Agent) {
    if (!window.confirm(t("removeConfirm", { name: agent.name }))) return;
    mutation.mutate({ accountId, userId: agent.id }, { onSuccess: () => toast(t("removed", { name: agent.name })) });
  }

  return (
    <section aria-labelledby="agents-heading" className="space-y-3">
      <h2 id="agents-heading" className="sr-only">
        {t("listLabel")}
      </h2>
      {mutation.formError && <Notice>{mutation.formError}</Notice>}
      <ul className="divide-y divide-slate-200 overflow-hidden rounded-2xl bg-white shadow-sm ring-1 ring-slate-200">
        {agents.map((agent) => (
          <li key={agent.id} className="flex flex-wrap items-center gap-4 px-5 py-4">
            <span aria-hidden="true" className="flex size-10 shrink-0 items-center justify-center rounded-full bg-slate-100 text-sm font-semibold text-slate-700">
              {agent.name.slice(0, 1).toUpperCase()}
            </span>
            <div className="min-w-0 flex-1">
              <p className="truncate text-sm font-medium text-slate-900">
                {agent.name}
                {agent.id === currentUserId && <span className="ms-1 text-slate-500">({tCommon("you")})</span>}
              </p>
              <p className="truncate text-sm text-slate-600">{agent.email}</p>
            </div>
            <span
              className={`rounded-full px-2.5 py-0.5 text-xs font-medium ${
                agent.role === "administrator" ? "bg-indigo-50 text-indigo-700" : "bg-slate-100 text-slate-700"
              }`}
            >
              {t(agent.role)}
            </span>
            {agent.id !== currentUserId && (
              <Button variant="danger" disabled={mutation.isPending} onClick={() => remove(agent)} >
                {t("removeShort")}
                <span className="sr-only">{agent.name}</span>
              </Button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
