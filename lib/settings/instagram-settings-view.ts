import type { InstagramSettings } from "@/lib/settings/instagram-settings";
import type { SettingSource } from "@/lib/settings/resolve-setting";

export type SecretStatus =
  | { state: "saved"; changedAt: Date; changedBy: string | null }
  | { state: "environment" }
  | { state: "unset" }
  | { state: "undecryptable" };

/**
 * What the settings form may know. The app secret appears only as a status: this object is
 * serialised into the page, so the secret itself must never be part of it.
 */
export type InstagramSettingsView = {
  appId: { saved: string; environment?: string };
  appSecret: SecretStatus;
  verifyToken: { saved: string; environment?: string; undecryptable: boolean };
  apiVersion: { value: string; source: SettingSource };
  humanAgent: { value: boolean; source: SettingSource };
};

export function toInstagramSettingsView(settings: InstagramSettings): InstagramSettingsView {
  const { appId, appSecret, verifyToken, apiVersion, humanAgent } = settings;
  const savedText = (setting: { source: SettingSource; value: string | undefined }) =>
    setting.source === "database" ? (setting.value ?? "") : "";
  const fromEnvironment = (setting: { source: SettingSource; value: string | undefined }) =>
    setting.source === "environment" ? setting.value : undefined;
  return {
    appId: { saved: savedText(appId), environment: fromEnvironment(appId) },
    appSecret: secretStatus(appSecret),
    verifyToken: {
      saved: savedText(verifyToken),
      environment: fromEnvironment(verifyToken),
      undecryptable: verifyToken.undecryptable === true,
    },
    apiVersion: { value: apiVersion.value, source: apiVersion.source },
    humanAgent: { value: humanAgent.value, source: humanAgent.source },
  };
}

function secretStatus(secret: InstagramSettings["appSecret"]): SecretStatus {
  if (secret.undecryptable) return { state: "undecryptable" };
  if (secret.source === "database" && secret.saved) return { state: "saved", ...secret.saved };
  if (secret.source === "environment") return { state: "environment" };
  return { state: "unset" };
}
