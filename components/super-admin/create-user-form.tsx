"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { NewPersonFields, readNewPerson } from "@/components/people/new-person-fields";
import { Notice } from "@/components/ui/notice";
import { useCreateForm } from "@/components/ui/use-action-mutation";
import type { ActionResult } from "@/lib/actions/action-result";

type Input = { name: string; email: string; password: string; superAdmin: boolean };

export function CreateUserForm({ action }: { action: (input: Input) => Promise<ActionResult<{ email: string }>> }) {
  const t = useTranslations("SuperAdmin");
  const { form, mutation } = useCreateForm(action, ({ email }) => t("userCreated", { email }));
  return (
    <Card title={t("createUser")}>
      <form
        ref={form}
        noValidate
        className="space-y-4"
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          mutation.mutate({
            ...readNewPerson(data),
            superAdmin: data.get("superAdmin") === "on",
          });
        }}
      >
        {mutation.formError && <Notice>{mutation.formError}</Notice>}
        <div className="grid gap-4 sm:grid-cols-3">
          <NewPersonFields passwordLabel={t("password")} fieldError={mutation.fieldError} />
        </div>
        <label className="flex items-center gap-2 text-sm text-slate-800">
          <input type="checkbox" name="superAdmin" className="size-4 rounded border-slate-300 text-indigo-600 focus:ring-indigo-600" />
          {t("superAdminOption")}
        </label>
        <Button type="submit" disabled={mutation.isPending}>
          {mutation.isPending ? t("creatingUser") : t("createUser")}
        </Button>
      </form>
    </Card>
  );
}
