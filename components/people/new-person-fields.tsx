"use client";

import { useTranslations } from "next-intl";
import { TextField } from "@/components/ui/field";
import { PASSWORD_MIN_LENGTH } from "@/lib/users/schemas";

/** Name, email and password of someone being added: shared by the agents and super-admin forms. */
export function NewPersonFields({ passwordLabel, fieldError }: { passwordLabel: string; fieldError: (field: string) => string | undefined }) {
  const t = useTranslations("PersonFields");
  return (
    <>
      <TextField label={t("name")} name="name" autoComplete="off" required error={fieldError("name")} />
      <TextField label={t("email")} name="email" type="email" autoComplete="off" required error={fieldError("email")} />
      <TextField
        label={passwordLabel}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint={t("passwordHint", { min: PASSWORD_MIN_LENGTH })}
        error={fieldError("password")}
      />
    </>
  );
}

export function readNewPerson(data: FormData) {
  return { name: String(data.get("name")), email: String(data.get("email")), password: String(data.get("password")) };
}
