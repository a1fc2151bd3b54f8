import { useTranslations } from "next-intl";
import { removalProgress } from "@/lib/inboxes/removal-progress";

/** "Removing… 42 %" with a bar, for an inbox whose data is being deleted in the background. */
export function RemovalProgress({ name, removal }: { name: string; removal: { removalTotal: number | null; removalDone: number } }) {
  const t = useTranslations("Inboxes");
  const progress = removalProgress(removal);
  const percent = Math.floor(progress * 100);
  return (
    <div className="min-w-0 flex-1">
      <div className="flex items-baseline justify-between gap-3">
        <p className="truncate text-sm font-medium text-slate-500 line-through decoration-slate-300">{name}</p>
        <p className="shrink-0 text-sm text-slate-600 tabular-nums">{t("removing", { progress: percent / 100 })}</p>
      </div>
      <div
        role="progressbar"
        aria-label={t("removingLabel", { name })}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        className="mt-2 h-1.5 overflow-hidden rounded-full bg-slate-100"
      >
        <div className="h-full rounded-full bg-red-400 transition-[width] duration-500" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
