import { useTranslations } from "next-intl";

export function ConnectionStatus({ needsReauthorization }: { needsReauthorization: boolean }) {
  const t = useTranslations("Inboxes");
  return needsReauthorization ? (
    <span className="inline-flex items-center gap-1.5 rounded-full bg-amber-50 px-2 py-0.5 text-xs font-medium text-amber-800 ring-1 ring-inset ring-amber-200">
      <span aria-hidden className="size-1.5 rounded-full bg-amber-500" />
      {t("statusNeedsReauthorization")}
    </span>
  ) : (
    <span className="inline-flex items-center gap-1.5 rounded-full bg-emerald-50 px-2 py-0.5 text-xs font-medium text-emerald-800 ring-1 ring-inset ring-emerald-200">
      <span aria-hidden className="size-1.5 rounded-full bg-emerald-500" />
      {t("statusConnected")}
    </span>
  );
}
