"use client";

import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useActionMutation } from "@/components/ui/use-action-mutation";
import type { ActionResult } from "@/lib/actions/action-result";

export function CreateAccountForm({ action }: { action: (input: { name: string }) => Promise<ActionResult<{ id: number; name: string }>> }) {
  const t = useTranslations("SuperAdmin");
  const form = useRef<HTMLFormElement>(null);
  const [created, setCreated] = useState<string>();
  const mutation = useActionMutation(action, ({ name }) => {
    setCreated(name);
    form.current?.reset();
  });
  return (
    <Card title={t("createAccount")}>
      <form
        ref={form}
        noValidate
        className="flex flex-col gap-4 sm:flex-row sm:items-start"
        onSubmit={(event) => {
          event.preventDefault();
          setCreated(undefined);
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
      <div className="mt-4 space-y-2 empty:hidden">
        {mutation.formError && !mutation.fieldError("name") && <Notice tone="error">{mutation.formError}</Notice>}
        {created && <Notice tone="success">{t("accountCreated", { name: created })}</Notice>}
      </div>
    </Card>
  );
}
