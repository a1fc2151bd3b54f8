import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { NumberedSteps } from "@/components/ui/numbered-steps";

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
        <NumberedSteps steps={STEPS.map((step) => ({ key: step, content: t(step) }))} />
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
