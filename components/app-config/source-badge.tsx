import { useTranslations } from "next-intl";
import type { SettingSource } from "@/lib/settings/resolve-setting";

/** Says where a value comes from when it is not saved in this form. */
export function SourceBadge({ source }: { source: SettingSource }) {
  const t = useTranslations("AppConfig");
  if (source !== "environment" && source !== "default") return null;
  return (
    <span className="ms-2 inline-flex rounded-full bg-slate-100 px-2 py-0.5 align-middle text-xs font-medium text-slate-600 ring-1 ring-inset ring-slate-200">
      {source === "environment" ? t("fromEnvironment") : t("byDefault")}
    </span>
  );
}
