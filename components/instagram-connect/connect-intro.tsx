import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { INSTAGRAM_SCOPES } from "@/lib/instagram/platform";

/** What connecting does and asks for, before the browser leaves for Instagram. */
export function ConnectIntro({ children }: { children: ReactNode }) {
  const t = useTranslations("ConnectInstagram");
  return (
    <Card title={t("whatHappens")}>
      <ol className="space-y-3">
        {(["step1", "step2", "step3"] as const).map((step, index) => (
          <li key={step} className="flex gap-3 text-sm text-slate-700">
            <span aria-hidden className="flex size-6 shrink-0 items-center justify-center rounded-full bg-indigo-50 text-xs font-semibold text-indigo-700">
              {index + 1}
            </span>
            <span className="pt-0.5">{t(step)}</span>
          </li>
        ))}
      </ol>
      <h3 className="mt-6 text-sm font-medium text-slate-800">{t("permissionsTitle")}</h3>
      <ul className="mt-2 list-disc space-y-1 ps-5 text-sm text-slate-700">
        {INSTAGRAM_SCOPES.map((scope) => (
          <li key={scope}>{t(`permission_${scope}`)}</li>
        ))}
      </ul>
      <p className="mt-6 text-sm text-slate-500">{t("requirements")}</p>
      <div className="mt-6 border-t border-slate-100 pt-5">{children}</div>
    </Card>
  );
}
