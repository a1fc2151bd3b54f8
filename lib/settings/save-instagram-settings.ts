import { encryptSecret } from "@/lib/crypto/secret-box";
import { db } from "@/lib/db";
import {
  getInstagramSettings,
  INSTAGRAM_SETTINGS,
  invalidateSettingsCache,
  settingPurpose,
  type InstagramSettingName,
} from "@/lib/settings/instagram-settings";
import type { InstagramSettingsInput } from "@/lib/settings/schemas";
import { publish } from "@/lib/signals/signals";

/** `null` removes the saved value; `undefined` leaves it alone. */
type Desired = string | null | undefined;

/**
 * Saves what changed, in one transaction with one audit entry per changed field (never the
 * value), then tells every process to drop its cached settings. Returns the changed fields.
 */
export async function saveInstagramSettings(
  input: InstagramSettingsInput,
  actor: { id: number },
): Promise<InstagramSettingName[]> {
  const current = await getInstagramSettings();
  const stored = (name: InstagramSettingName) =>
    current[name].source === "database" ? current[name].value : undefined;
  // A select or toggle left at the value that already applies (from the environment or the
  // default) is not a decision to pin it in the database.
  const unlessEffective = (name: "apiVersion" | "humanAgent", value: string): Desired =>
    current[name].source !== "database" && String(current[name].value) === value
      ? undefined
      : value;
  const desired: Record<InstagramSettingName, Desired> = {
    appId: input.appId || null,
    appSecret: input.appSecret,
    verifyToken: input.verifyToken || null,
    apiVersion: unlessEffective("apiVersion", input.apiVersion),
    humanAgent: unlessEffective("humanAgent", String(input.humanAgent)),
  };

  const changes = (Object.keys(desired) as InstagramSettingName[]).filter((name) => {
    const next = desired[name];
    if (next === undefined) return false;
    const before = stored(name);
    const unreadable = current[name].undecryptable === true;
    if (next === null) return before !== undefined || unreadable;
    return unreadable || String(before) !== next;
  });
  if (changes.length === 0) return [];

  const client = await db();
  await client.$transaction(async (tx) => {
    for (const name of changes) {
      const { key, secret } = INSTAGRAM_SETTINGS[name];
      const next = desired[name];
      if (next === null || next === undefined) {
        await tx.appSetting.deleteMany({ where: { key } });
      } else {
        const value = secret ? encryptSecret(next, settingPurpose(key)) : next;
        const data = { value, encrypted: secret, updatedById: actor.id };
        await tx.appSetting.upsert({ where: { key }, create: { key, ...data }, update: data });
      }
      await tx.settingChange.create({
        data: { key, kind: next === null ? "cleared" : "set", userId: actor.id },
      });
    }
  });
  invalidateSettingsCache();
  await publish("switchboard_settings");
  return changes;
}
