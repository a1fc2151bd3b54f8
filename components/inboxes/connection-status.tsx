import { useTranslations } from "next-intl";

const looks = {
  statusConnected: { badge: "bg-emerald-50 text-emerald-800 ring-emerald-200", dot: "bg-emerald-500" },
  statusNeedsReauthorization: { badge: "bg-amber-50 text-amber-800 ring-amber-200", dot: "bg-amber-500" },
} as const;

export function ConnectionStatus({ needsReauthorization }: { needsReauthorization: boolean }) {
  const t = useTranslations("Inboxes");
  const status = needsReauthorization ? "statusNeedsReauthorization" : "statusConnected";
  return (
    <span className={`inline-flex items-center gap-1.5 rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${looks[status].badge}`}>
      <span aria-hidden className={`size-1.5 rounded-full ${looks[status].dot}`} />
      {t(status)}
    </span>
  );
}
