import { defineRouting } from "next-intl/routing";

export const routing = defineRouting({
  locales: ["en", "es", "pt-BR", "fr", "de", "ar"],
  defaultLocale: "en",
  localePrefix: "as-needed",
  // A chosen language outlives the browser session.
  localeCookie: { maxAge: 60 * 60 * 24 * 365 },
});

export type Locale = (typeof routing.locales)[number];

export const rtlLocales: ReadonlySet<Locale> = new Set(["ar"]);
