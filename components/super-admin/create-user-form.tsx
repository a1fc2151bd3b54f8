"use client";

import { useTranslations } from "next-intl";
import { useRef } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useToast } from "@/components/ui/toaster";
import { useActionMutation } from "@/components/ui/use-action-mutation";
import type { ActionResult } from "@/lib/actions/action-result";

type Input = { name: string; email: string; password: string; superAdmin: boolean };

export function CreateUserForm({ action }: { action: (input: Input) => Promise<ActionResult<{ email: string }>> }) {
  const t = useTranslations("SuperAdmin");
  const form = useRef<HTMLFormElement>(null);
  const toast = useToast();
  const mutation = useActionMutation(action, ({ email }) => {
    toast(t("userCreated", { email }));
    form.current?.reset();
  });
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
            name: String(data.get("name")),
            email: String(data.get("email")),
            password: String(data.get("password")),
            superAdmin: data.get("superAdmin") === "on",
          });
        }}
      >
        {mutation.formError && <Notice>{mutation.formError}</Notice>}
        <div className="grid gap-4 sm:grid-cols-3">
          <TextField label={t("name")} name="name" autoComplete="off" required error={mutation.fieldError("name")} />
          <TextField label={t("email")} name="email" type="email" autoComplete="off" required error={mutation.fieldError("email")} />
          <TextField
            label={t("password")}
            name="password"
            type="password"
            autoComplete="new-password"
            required
            hint={t("passwordHint", { min: 8 })}
            error={mutation.fieldError("password")}
          />
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
