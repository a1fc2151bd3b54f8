"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ApiVersionField, readApiVersion } from "@/components/app-config/api-version-field";
import { SecretField } from "@/components/app-config/secret-field";
import { SourceBadge } from "@/components/app-config/source-badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { CheckboxField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useToast } from "@/components/ui/toaster";
import { useActionMutation } from "@/components/ui/use-action-mutation";
import type { ActionResult } from "@/lib/actions/action-result";
import type { InstagramSettingName } from "@/lib/settings/instagram-settings";
import type { InstagramSettingsView } from "@/lib/settings/instagram-settings-view";
import type { InstagramSettingsInput } from "@/lib/settings/schemas";

type SaveAction = (input: InstagramSettingsInput) => Promise<ActionResult<InstagramSettingName[]>>;

/** 32 random bytes, base64url: 43 characters that survive a URL query string untouched. */
function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
}

export function InstagramSettingsForm({
  settings,
  action,
}: {
  settings: InstagramSettingsView;
  action: SaveAction;
}) {
  const t = useTranslations("AppConfig");
  const tCommon = useTranslations("Common");
  const toast = useToast();
  const [verifyToken, setVerifyToken] = useState(settings.verifyToken.saved);
  const mutation = useActionMutation(action, (changed) =>
    toast(changed.length ? t("saved") : t("noChanges")),
  );
  const environmentHint = (value: string | undefined, variable: string) =>
    value === undefined ? undefined : t("environmentValue", { value, variable });

  return (
    <Card title={t("credentialsTitle")} description={t("credentialsDescription")}>
      <form
        noValidate
        className="space-y-6"
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          const appSecret = String(data.get("appSecret") ?? "");
          mutation.mutate({
            appId: String(data.get("appId") ?? ""),
            appSecret: appSecret === "" ? undefined : appSecret,
            verifyToken,
            apiVersion: readApiVersion(data),
            humanAgent: data.get("humanAgent") === "on",
          });
        }}
      >
        {mutation.formError && <Notice>{mutation.formError}</Notice>}
        <TextField
          name="appId"
          label={t("appId")}
          defaultValue={settings.appId.saved}
          placeholder={settings.appId.environment}
          inputMode="numeric"
          autoComplete="off"
          dir="ltr"
          badge={settings.appId.environment !== undefined && <SourceBadge source="environment" />}
          hint={environmentHint(settings.appId.environment, "INSTAGRAM_APP_ID") ?? t("appIdHint")}
          error={mutation.fieldError("appId")}
        />
        <SecretField
          name="appSecret"
          label={t("appSecret")}
          hint={t("appSecretHint")}
          status={settings.appSecret}
          environmentVariable="INSTAGRAM_APP_SECRET"
          error={mutation.fieldError("appSecret")}
        />
        <div className="space-y-2">
          {settings.verifyToken.undecryptable && (
            <Notice tone="warning">{t("secretUndecryptable")}</Notice>
          )}
          <TextField
            name="verifyToken"
            label={t("verifyToken")}
            value={verifyToken}
            onChange={(event) => setVerifyToken(event.target.value)}
            placeholder={settings.verifyToken.environment}
            autoComplete="off"
            spellCheck={false}
            dir="ltr"
            badge={
              settings.verifyToken.environment !== undefined && <SourceBadge source="environment" />
            }
            hint={
              environmentHint(settings.verifyToken.environment, "INSTAGRAM_VERIFY_TOKEN") ??
              t("verifyTokenHint")
            }
            error={mutation.fieldError("verifyToken")}
          />
          <Button
            variant="secondary"
            aria-label={t("generateVerifyToken")}
            onClick={() => {
              setVerifyToken(randomToken());
              toast(t("verifyTokenGenerated"));
            }}
          >
            {t("generate")}
          </Button>
        </div>
        <ApiVersionField
          value={settings.apiVersion.value}
          badge={<SourceBadge source={settings.apiVersion.source} />}
          error={mutation.fieldError("apiVersion")}
        />
        <CheckboxField
          name="humanAgent"
          label={t("humanAgent")}
          hint={t("humanAgentHint")}
          defaultChecked={settings.humanAgent.value}
        />
        <div className="flex justify-end border-t border-slate-100 pt-5">
          <Button type="submit" disabled={mutation.isPending}>
            {mutation.isPending ? tCommon("saving") : tCommon("save")}
          </Button>
        </div>
      </form>
    </Card>
  );
}
