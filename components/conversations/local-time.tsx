"use client";

import { useLocale } from "next-intl";

/** A time in the viewer's own time zone (the browser's), which the server does not know. */
export function LocalTime({ date, format = "time", className }: { date: Date | string; format?: "time" | "dateTime" | "relativeDay"; className?: string }) {
  const locale = useLocale();
  const value = new Date(date);
  const options: Intl.DateTimeFormatOptions =
    format === "time" ? { timeStyle: "short" } : format === "dateTime" ? { dateStyle: "medium", timeStyle: "short" } : sameDay(value) ? { timeStyle: "short" } : { dateStyle: "short" };
  return (
    <time dateTime={value.toISOString()} className={className} suppressHydrationWarning>
      {new Intl.DateTimeFormat(locale, options).format(value)}
    </time>
  );
}

function sameDay(date: Date) {
  return date.toDateString() === new Date().toDateString();
}
