import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { CopyField } from "@/components/ui/copy-field";
import { Icon } from "@/components/ui/icons";
import { buttonClass } from "@/components/ui/button";
import { Link } from "@/i18n/navigation";
import type { ConnectErrorCode, ConnectStep } from "@/lib/instagram/connect-errors";
import { connectWizardPath, reauthorizePath } from "@/lib/instagram/connect-paths";

export type MetaDetails = { status: number | null; type: string | null; code: number | null; message: string | null; fbtraceId: string | null };

type Props = {
  code: ConnectErrorCode;
  accountId: number;
  /** The inbox being reauthorized: trying again reauthorizes it again. */
  inboxId?: number;
  step?: ConnectStep | null;
  redirectUrl: string;
  appUrl: string;
  /** Only for super admins. */
  meta?: MetaDetails | null;
  superAdmin: boolean;
};

/** One screen per way a connection fails: what happened, what to do, and two ways on. */
export function ConnectErrorScreen({ code, accountId, inboxId, step, redirectUrl, appUrl, meta, superAdmin }: Props) {
  const t = useTranslations("ConnectInstagram");
  const base = `/app/accounts/${accountId}/settings/inboxes`;
  return (
    <Card>
      <div role="alert" className="flex gap-4">
        <div className="flex size-10 shrink-0 items-center justify-center rounded-full bg-red-50 text-red-700" aria-hidden>
          <Icon name="close" className="size-5" />
        </div>
        <div className="min-w-0 space-y-2">
          <h2 className="text-lg font-semibold text-slate-900">{t(`errors.${code}.title`)}</h2>
          <p className="text-sm text-slate-700">{t(`errors.${code}.body`)}</p>
          <p className="text-sm text-slate-700">{t(`errors.${code}.next`)}</p>
          {step && <p className="text-xs text-slate-500">{t("failedStep", { step: t(`step_${step}`) })}</p>}
        </div>
      </div>
      {code === "invalid_redirect_uri" && (
        <div className="mt-6 space-y-2">
          <CopyField label={t("registerUrl")} value={redirectUrl} />
          <p className="text-xs text-slate-500">{t("currentAppUrl", { url: appUrl })}</p>
        </div>
      )}
      {meta && (
        <section aria-label={t("metaDetails")} className="mt-6 rounded-lg bg-slate-50 p-4 ring-1 ring-inset ring-slate-200">
          <h3 className="text-sm font-medium text-slate-800">{t("metaDetails")}</h3>
          <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
            {(
              [
                ["metaStatus", meta.status],
                ["metaType", meta.type],
                ["metaCode", meta.code],
                ["metaMessage", meta.message],
                ["metaTrace", meta.fbtraceId],
              ] as const
            )
              .filter(([, value]) => value !== null && value !== "")
              .map(([label, value]) => (
                <div key={label} className="contents">
                  <dt className="text-slate-500">{t(label)}</dt>
                  <dd dir="ltr" className="break-words font-mono text-slate-900">{String(value)}</dd>
                </div>
              ))}
          </dl>
        </section>
      )}
      <div className="mt-6 flex flex-wrap gap-3 border-t border-slate-100 pt-5">
        {code === "not_configured" ? (
          superAdmin && (
            <Link href="/super_admin/app_config?config=instagram" className={buttonClass("primary")}>
              {t("openSettings")}
            </Link>
          )
        ) : (
          <Link href={inboxId ? reauthorizePath(accountId, inboxId) : connectWizardPath(accountId)} className={buttonClass("primary")}>
            {t("tryAgain")}
          </Link>
        )}
        <Link href={base} className={buttonClass("secondary")}>
          {t("backToInboxes")}
        </Link>
      </div>
    </Card>
  );
}
