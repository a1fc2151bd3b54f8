"use client";

import { useLocale, useTranslations } from "next-intl";

/** "Today", "Yesterday" or the date, before the first message of each day in the viewer's time zone. */
export function DaySeparator({ date, previous }: { date: Date | string; previous?: Date | string }) {
  const locale = useLocale();
  const t = useTranslations("Conversations");
  const day = new Date(date);
  if (previous && new Date(previous).toDateString() === day.toDateString()) return null;
  const today = new Date();
  const yesterday = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 1);
  const label =
    day.toDateString() === today.toDateString()
      ? t("today")
      : day.toDateString() === yesterday.toDateString()
        ? t("yesterday")
        : new Intl.DateTimeFormat(locale, { dateStyle: "long" }).format(day);
  return (
    <li className="my-4 flex items-center gap-3 text-xs font-medium text-slate-500" suppressHydrationWarning>
      <span aria-hidden className="h-px flex-1 bg-slate-200" />
      <span suppressHydrationWarning>{label}</span>
      <span aria-hidden className="h-px flex-1 bg-slate-200" />
    </li>
  );
}
