import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { CopyField } from "@/components/ui/copy-field";
import { INSTAGRAM_SCOPES, WEBHOOK_FIELDS } from "@/lib/instagram/platform";

/** The values a super admin copies into the Meta dashboard. */
export function MetaRegistration({
  webhookUrl,
  redirectUrl,
  reachable,
}: {
  webhookUrl: string;
  redirectUrl: string;
  reachable: boolean;
}) {
  const t = useTranslations("AppConfig");
  return (
    <Card title={t("registerTitle")} description={t("registerDescription")}>
      <div className="space-y-5">
        {!reachable && (
          <Notice tone="warning">{t("unreachable", { url: new URL(webhookUrl).origin })}</Notice>
        )}
        <CopyField label={t("webhookUrl")} value={webhookUrl} />
        <CopyField label={t("redirectUrl")} value={redirectUrl} />
        <div className="grid gap-6 md:grid-cols-2">
          <section aria-labelledby="webhook-fields">
            <h3 id="webhook-fields" className="text-sm font-medium text-slate-800">
              {t("webhookFields")}
            </h3>
            <ul className="mt-2 space-y-2">
              {WEBHOOK_FIELDS.map((field) => (
                <li key={field.name} className="text-sm">
                  <code dir="ltr" className="font-mono text-slate-900">
                    {field.name}
                  </code>
                  <span
                    className={`ms-2 rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${
                      field.required
                        ? "bg-indigo-50 text-indigo-700 ring-indigo-200"
                        : "bg-slate-50 text-slate-600 ring-slate-200"
                    }`}
                  >
                    {field.required ? t("required") : t("optional")}
                  </span>
                  <p className="text-xs text-slate-500">{t(`field_${field.name}`)}</p>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="permissions">
            <h3 id="permissions" className="text-sm font-medium text-slate-800">
              {t("permissions")}
            </h3>
            <ul className="mt-2 space-y-2">
              {INSTAGRAM_SCOPES.map((scope) => (
                <li key={scope} className="text-sm">
                  <code dir="ltr" className="font-mono text-slate-900">
                    {scope}
                  </code>
                  <p className="text-xs text-slate-500">{t(`permission_${scope}`)}</p>
                </li>
              ))}
            </ul>
          </section>
        </div>
      </div>
    </Card>
  );
}
