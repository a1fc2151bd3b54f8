import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { NumberedSteps } from "@/components/ui/numbered-steps";
import { INSTAGRAM_SCOPES } from "@/lib/instagram/platform";

/** What connecting (or reauthorizing an inbox) does and asks for, before the browser leaves for Instagram. */
export function ConnectIntro({ reauthorizing, children }: { reauthorizing?: { username: string }; children: ReactNode }) {
  const t = useTranslations("ConnectInstagram");
  const steps = reauthorizing
    ? [
        { key: "reauthorizeStep1", content: t("reauthorizeStep1", reauthorizing) },
        { key: "reauthorizeStep2", content: t("reauthorizeStep2") },
      ]
    : (["step1", "step2", "step3"] as const).map((step) => ({ key: step, content: t(step) }));
  return (
    <Card title={t("whatHappens")}>
      <NumberedSteps steps={steps} />
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
