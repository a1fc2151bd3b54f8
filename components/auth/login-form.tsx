"use client";

import { signIn } from "next-auth/react";
import { useFormatter, useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useRouter } from "@/i18n/navigation";

export function LoginForm() {
  const t = useTranslations("Login");
  const format = useFormatter();
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(undefined);
    const result = await signIn("credentials", {
      email: String(form.get("email")),
      password: String(form.get("password")),
      redirect: false,
    }).catch(() => undefined);
    if (result?.ok && !result.error) {
      // The home page sends a signed-in user to their first account.
      router.replace("/");
      router.refresh();
      return;
    }
    setPending(false);
    setError(describe(result?.error));
  }

  function describe(code: string | null | undefined) {
    if (code === "CredentialsSignin") return t("invalidCredentials");
    if (code?.startsWith("LOCKED_OUT:")) {
      const retryAt = new Date(code.slice("LOCKED_OUT:".length));
      return t("lockedOut", { time: format.dateTime(retryAt, { hour: "numeric", minute: "2-digit" }) });
    }
    return t("failed");
  }

  return (
    <form onSubmit={onSubmit} className="mt-6 space-y-5" noValidate>
      {error && <Notice>{error}</Notice>}
      <TextField label={t("email")} name="email" type="email" autoComplete="username" required autoFocus />
      <TextField label={t("password")} name="password" type="password" autoComplete="current-password" required />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
