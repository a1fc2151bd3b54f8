import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";

const STEPS = ["step1", "step2", "step3", "step4", "step5", "step6", "step7", "step8"] as const;
const PROBLEMS = [
  "InsufficientRole",
  "ApiDeactivated",
  "InvalidRedirect",
  "InvalidPlatformApp",
  "NoWebhooks",
] as const;

/** What to do in Meta's dashboard, and what Meta's error messages mean. */
export function SetupGuide({ redirectUrl }: { redirectUrl: string }) {
  const t = useTranslations("AppConfig");
  return (
    <div className="grid gap-8 xl:grid-cols-2">
      <Card title={t("checklistTitle")}>
        <ol className="space-y-3">
          {STEPS.map((step, index) => (
            <li key={step} className="flex gap-3 text-sm text-slate-700">
              <span
                aria-hidden
                className="flex size-6 shrink-0 items-center justify-center rounded-full bg-indigo-50 text-xs font-semibold text-indigo-700"
              >
                {index + 1}
              </span>
              <span className="pt-0.5">{t(step)}</span>
            </li>
          ))}
        </ol>
      </Card>
      <Card title={t("troubleshootingTitle")}>
        <dl className="space-y-4">
          {PROBLEMS.map((problem) => (
            <div key={problem}>
              <dt className="text-sm font-medium text-slate-900">{t(`problem${problem}`)}</dt>
              <dd className="mt-1 text-sm text-slate-600">
                {t(`fix${problem}`, { url: redirectUrl })}
              </dd>
            </div>
          ))}
        </dl>
      </Card>
    </div>
  );
}
