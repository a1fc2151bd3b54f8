import { useFormatter, useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import type { InstagramSettingName } from "@/lib/settings/instagram-settings";

export type SettingChangeEntry = {
  id: bigint;
  field: InstagramSettingName | null;
  kind: "set" | "cleared";
  createdAt: Date;
  user: { name: string; email: string } | null;
};

/** Who changed which setting and when (values are never recorded). */
export function SettingsHistory({ entries }: { entries: SettingChangeEntry[] }) {
  const t = useTranslations("AppConfig");
  const format = useFormatter();
  return (
    <Card title={t("historyTitle")}>
      {entries.length === 0 ? (
        <p className="text-sm text-slate-500">{t("historyEmpty")}</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {entries.map((entry) => {
            const user = entry.user ? entry.user.name || entry.user.email : t("deletedUser");
            const field = entry.field ? t(entry.field) : "?";
            return (
              <li
                key={String(entry.id)}
                className="flex flex-wrap items-baseline justify-between gap-2 py-2.5 text-sm"
              >
                <span className="text-slate-800">
                  {entry.kind === "set"
                    ? t("historySet", { user, field })
                    : t("historyCleared", { user, field })}
                </span>
                <time dateTime={entry.createdAt.toISOString()} className="text-xs text-slate-500">
                  {format.dateTime(entry.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                </time>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
