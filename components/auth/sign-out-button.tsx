"use client";

import { signOut } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Icon } from "@/components/ui/icons";
import { routing } from "@/i18n/routing";

export function SignOutButton({ className = "" }: { className?: string }) {
  const t = useTranslations("Shell");
  const locale = useLocale();
  const [pending, setPending] = useState(false);
  const loginPath = locale === routing.defaultLocale ? "/login" : `/${locale}/login`;
  return (
    <Button
      variant="secondary"
      className={className}
      disabled={pending}
      onClick={() => {
        setPending(true);
        void signOut({ callbackUrl: loginPath });
      }}
    >
      <Icon name="logout" className="size-4" />
      {pending ? t("signingOut") : t("signOut")}
    </Button>
  );
}
