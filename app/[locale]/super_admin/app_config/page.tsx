import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { InstagramSettingsForm } from "@/components/app-config/instagram-settings-form";
import { MetaRegistration } from "@/components/app-config/meta-registration";
import { SettingsHistory } from "@/components/app-config/settings-history";
import { SetupGuide } from "@/components/app-config/setup-guide";
import { PageHeader } from "@/components/ui/page-header";
import { guardSuperAdminPage } from "@/lib/auth/page-guards";
import { env } from "@/lib/env";
import { OAUTH_CALLBACK_PATH, WEBHOOK_PATH } from "@/lib/instagram/platform";
import { isReachableByMeta } from "@/lib/instagram/public-url";
import { getInstagramSettings } from "@/lib/settings/instagram-settings";
import { toInstagramSettingsView } from "@/lib/settings/instagram-settings-view";
import { listInstagramSettingChanges } from "@/lib/settings/list-setting-changes";
import { saveInstagramSettingsAction } from "./actions";

type Props = { searchParams: Promise<{ config?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AppConfig"))("title") };
}

export default async function AppConfigPage({ searchParams }: Props) {
  await connection();
  await guardSuperAdminPage();
  // Only Instagram is configurable here; other integrations would be other `config` values.
  if ((await searchParams).config !== "instagram") notFound();
  const [settings, changes, t] = await Promise.all([
    getInstagramSettings(),
    listInstagramSettingChanges(),
    getTranslations("AppConfig"),
  ]);
  const { APP_URL } = env();
  const redirectUrl = `${APP_URL}${OAUTH_CALLBACK_PATH}`;
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="max-w-4xl space-y-8">
        {/* Remounted after each save so that its fields start from what was stored. */}
        <InstagramSettingsForm
          key={String(changes[0]?.id ?? 0)}
          settings={toInstagramSettingsView(settings)}
          action={saveInstagramSettingsAction}
        />
        <MetaRegistration
          webhookUrl={`${APP_URL}${WEBHOOK_PATH}`}
          redirectUrl={redirectUrl}
          reachable={isReachableByMeta(APP_URL)}
        />
        <SetupGuide redirectUrl={redirectUrl} />
        <SettingsHistory entries={changes} />
      </div>
    </>
  );
}
