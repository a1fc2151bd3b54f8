import { useTranslations } from "next-intl";
import type { WebhookEventStatus } from "@/lib/webhooks/schemas";

const tones: Record<WebhookEventStatus, string> = {
  pending: "bg-sky-50 text-sky-700 ring-sky-200",
  processed: "bg-emerald-50 text-emerald-700 ring-emerald-200",
  invalid: "bg-slate-100 text-slate-700 ring-slate-200",
  unroutable: "bg-amber-50 text-amber-800 ring-amber-200",
  failed: "bg-orange-50 text-orange-800 ring-orange-200",
  dead: "bg-red-50 text-red-700 ring-red-200",
};

export function WebhookEventStatusBadge({ status }: { status: WebhookEventStatus }) {
  const t = useTranslations("WebhookEvents");
  return (
    <span className={`inline-flex whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${tones[status]}`}>
      {t(`status.${status}`)}
    </span>
  );
}
