"use client";

import { useTranslations } from "next-intl";
import { useRef } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { SelectField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useToast } from "@/components/ui/toaster";
import { useActionMutation } from "@/components/ui/use-action-mutation";
import type { ActionResult } from "@/lib/actions/action-result";

type AddAgentInput = { accountId: number; name: string; email: string; password: string; role: string };

export function AddAgentForm({
  accountId,
  action,
}: {
  accountId: number;
  action: (input: AddAgentInput) => Promise<ActionResult<{ name: string }>>;
}) {
  const t = useTranslations("Agents");
  const form = useRef<HTMLFormElement>(null);
  const toast = useToast();
  const mutation = useActionMutation(action, ({ name }) => {
    toast(t("added", { name }));
    form.current?.reset();
  });

  return (
    <Card title={t("addTitle")} description={t("addDescription")}>
      <form
        ref={form}
        noValidate
        className="space-y-4"
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          mutation.mutate({
            accountId,
            name: String(data.get("name")),
            email: String(data.get("email")),
            password: String(data.get("password")),
            role: String(data.get("role")),
          });
        }}
      >
        {mutation.formError && <Notice>{mutation.formError}</Notice>}
        <TextField label={t("name")} name="name" autoComplete="off" required error={mutation.fieldError("name")} />
        <TextField label={t("email")} name="email" type="email" autoComplete="off" required error={mutation.fieldError("email")} />
        <TextField
          label={t("initialPassword")}
          name="password"
          type="password"
          autoComplete="new-password"
          required
          hint={t("passwordHint", { min: 8 })}
          error={mutation.fieldError("password")}
        />
        <SelectField label={t("role")} name="role" defaultValue="agent" error={mutation.fieldError("role")}>
          <option value="agent">{t("agent")}</option>
          <option value="administrator">{t("administrator")}</option>
        </SelectField>
        <Button type="submit" className="w-full" disabled={mutation.isPending}>
          {mutation.isPending ? t("adding") : t("add")}
        </Button>
      </form>
    </Card>
  );
}
