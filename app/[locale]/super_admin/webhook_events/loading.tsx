import { useTranslations } from "next-intl";

/** Shown while the events are read: the shape of the page, and a status for screen readers. */
export default function Loading() {
  const t = useTranslations("WebhookEvents");
  return (
    <div role="status" aria-live="polite" className="animate-pulse space-y-6">
      <span className="sr-only">{t("loading")}</span>
      <div aria-hidden="true" className="space-y-2">
        <div className="h-7 w-48 rounded bg-slate-200" />
        <div className="h-4 w-96 max-w-full rounded bg-slate-200" />
      </div>
      <div aria-hidden="true" className="grid grid-cols-2 gap-3 sm:grid-cols-4 xl:grid-cols-7">
        {Array.from({ length: 7 }, (_, index) => (
          <div key={index} className="h-16 rounded-xl bg-slate-200" />
        ))}
      </div>
      <div aria-hidden="true" className="h-24 rounded-2xl bg-slate-200" />
      <div aria-hidden="true" className="h-72 rounded-2xl bg-slate-200" />
    </div>
  );
}
