"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useToast } from "@/components/ui/toaster";
import { useActionMutation } from "@/components/ui/use-action-mutation";
import { useRouter } from "@/i18n/navigation";
import type { ActionResult } from "@/lib/actions/action-result";

type RemoveAction = (input: { accountId: number; inboxId: number; confirmation: string }) => Promise<ActionResult<{ name: string }>>;

/** The danger zone of an inbox's page: deleting takes typing the inbox's name, since it cannot be undone. */
export function DeleteInboxCard({ accountId, inboxId, inboxName, action }: { accountId: number; inboxId: number; inboxName: string; action: RemoveAction }) {
  const t = useTranslations("Inbox");
  const toast = useToast();
  const router = useRouter();
  const [confirmation, setConfirmation] = useState("");
  const mutation = useActionMutation(action, ({ name }) => {
    toast(t("deleteStarted", { name }));
    router.replace(`/app/accounts/${accountId}/settings/inboxes`);
  });
  return (
    <Card tone="danger" title={t("deleteTitle")} description={t("deleteDescription")}>
      <form
        className="space-y-4"
        onSubmit={(event) => {
          event.preventDefault();
          mutation.mutate({ accountId, inboxId, confirmation });
        }}
      >
        {mutation.formError && <Notice>{mutation.formError}</Notice>}
        <TextField
          // The name isolated: a Latin @username inside a right-to-left sentence keeps its order.
          label={t.rich("deleteConfirmLabel", { name: inboxName, bdi: (chunks) => <bdi className="font-semibold">{chunks}</bdi> })}
          value={confirmation}
          onChange={(event) => setConfirmation(event.target.value)}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          error={mutation.fieldError("confirmation")}
        />
        <div className="flex justify-end border-t border-slate-100 pt-5">
          <Button type="submit" variant="destructive" disabled={confirmation !== inboxName || mutation.isPending}>
            {mutation.isPending ? t("deleting") : t("deleteButton")}
          </Button>
        </div>
      </form>
    </Card>
  );
}
