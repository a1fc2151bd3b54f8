"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { CheckboxField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useToast } from "@/components/ui/toaster";
import { useActionMutation } from "@/components/ui/use-action-mutation";
import type { ActionResult } from "@/lib/actions/action-result";

type Person = { id: number; name: string; email: string; role: "administrator" | "agent" };
type SaveAction = (input: { accountId: number; inboxId: number; userIds: number[] }) => Promise<ActionResult<{ count: number }>>;

/** Who works in an inbox; after connecting, "Finish" saves and goes on to the inbox page. */
export function InboxAgentsForm({
  accountId,
  inboxId,
  inboxName,
  people,
  memberIds,
  action,
  finishHref,
}: {
  accountId: number;
  inboxId: number;
  inboxName: string;
  people: Person[];
  memberIds: number[];
  action: SaveAction;
  finishHref?: string;
}) {
  const t = useTranslations("Inbox");
  const tAgents = useTranslations("Agents");
  const toast = useToast();
  const router = useRouter();
  const mutation = useActionMutation(action, () => {
    toast(t("agentsSaved", { name: inboxName }));
    if (finishHref) router.push(finishHref);
  });
  return (
    <Card title={t("agentsTitle")} description={t("agentsDescription")}>
      <form
        className="space-y-5"
        onSubmit={(event) => {
          event.preventDefault();
          const userIds = new FormData(event.currentTarget).getAll("userIds").map(Number);
          mutation.mutate({ accountId, inboxId, userIds });
        }}
      >
        {mutation.formError && <Notice>{mutation.formError}</Notice>}
        <fieldset className="space-y-3">
          <legend className="sr-only">{t("agentsTitle")}</legend>
          {people.map((person) => (
            <CheckboxField
              key={person.id}
              name="userIds"
              value={person.id}
              defaultChecked={memberIds.includes(person.id)}
              label={person.name}
              hint={`${person.email} · ${tAgents(person.role)}`}
            />
          ))}
        </fieldset>
        <div className="flex justify-end border-t border-slate-100 pt-5">
          <Button type="submit" disabled={mutation.isPending}>
            {finishHref ? t("finish") : t("saveAgents")}
          </Button>
        </div>
      </form>
    </Card>
  );
}
