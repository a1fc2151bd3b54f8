"use client";

import { useLocale, useTranslations } from "next-intl";
import { useTransition } from "react";
import { SelectField } from "@/components/ui/field";
import { usePathname, useRouter } from "@/i18n/navigation";
import { routing, type Locale } from "@/i18n/routing";

/** Switches the interface language; next-intl remembers the choice in a cookie. */
export function LanguageSelect() {
  const t = useTranslations("Shell");
  const tLocales = useTranslations("Locales");
  const locale = useLocale();
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();

  function change(next: Locale) {
    const query = typeof window === "undefined" ? "" : window.location.search;
    startTransition(() => {
      router.replace(`${pathname}${query}`, { locale: next });
    });
  }

  return (
    <SelectField label={t("language")} value={locale} disabled={pending} onChange={(e) => change(e.target.value as Locale)}>
      {routing.locales.map((code) => (
        <option key={code} value={code} lang={code}>
          {tLocales(code)}
        </option>
      ))}
    </SelectField>
  );
}
