"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useCreateForm } from "@/components/ui/use-action-mutation";
import type { ActionResult } from "@/lib/actions/action-result";

export function CreateAccountForm({ action }: { action: (input: { name: string }) => Promise<ActionResult<{ id: number; name: string }>> }) {
  const t = useTranslations("SuperAdmin");
  const { form, mutation } = useCreateForm(action, ({ name }) => t("accountCreated", { name }));
  return (
    <Card title={t("createAccount")}>
      <form
        ref={form}
        noValidate
        className="flex flex-col gap-4 sm:flex-row sm:items-start"
        onSubmit={(event) => {
          event.preventDefault();
          mutation.mutate({ name: String(new FormData(event.currentTarget).get("name")) });
        }}
      >
        <div className="flex-1">
          <TextField label={t("accountName")} name="name" required autoComplete="off" error={mutation.fieldError("name")} />
        </div>
        <Button type="submit" className="sm:mt-7" disabled={mutation.isPending}>
          {mutation.isPending ? t("creatingAccount") : t("createAccount")}
        </Button>
      </form>
      {mutation.formError && !mutation.fieldError("name") && (
        <div className="mt-4">
          <Notice>{mutation.formError}</Notice>
        </div>
      )}
    </Card>
  );
}
