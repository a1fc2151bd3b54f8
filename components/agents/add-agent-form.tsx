"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { NewPersonFields, readNewPerson } from "@/components/people/new-person-fields";
import { SelectField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useCreateForm } from "@/components/ui/use-action-mutation";
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
  const { form, mutation } = useCreateForm(action, ({ name }) => t("added", { name }));

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
            ...readNewPerson(data),
            role: String(data.get("role")),
          });
        }}
      >
        {mutation.formError && <Notice>{mutation.formError}</Notice>}
        <NewPersonFields passwordLabel={t("initialPassword")} fieldError={mutation.fieldError} />
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
