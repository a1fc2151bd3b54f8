import { decryptSecret, UndecryptableSecretError } from "@/lib/crypto/secret-box";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { DEFAULT_GRAPH_API_VERSION } from "@/lib/instagram/platform";
import { resolveSetting, type Resolved } from "@/lib/settings/resolve-setting";
import { subscribe } from "@/lib/signals/signals";

/** Database keys of the Instagram settings; secrets are stored encrypted. */
export const INSTAGRAM_SETTINGS = {
  appId: { key: "instagram.appId", secret: false },
  appSecret: { key: "instagram.appSecret", secret: true },
  verifyToken: { key: "instagram.verifyToken", secret: true },
  apiVersion: { key: "instagram.apiVersion", secret: false },
  humanAgent: { key: "instagram.humanAgent", secret: false },
} as const;

export type InstagramSettingName = keyof typeof INSTAGRAM_SETTINGS;

/** Associated data for a setting's ciphertext: a value copied onto another key will not decrypt. */
export const settingPurpose = (key: string) => `app-setting:${key}`;

export type SettingChangeInfo = { changedAt: Date; changedBy: string | null };

/** A resolved setting, plus who last saved it and whether its stored ciphertext is unreadable. */
export type InstagramSetting<T> = Resolved<T> & {
  saved?: SettingChangeInfo;
  undecryptable?: boolean;
};

export type InstagramSettings = {
  appId: InstagramSetting<string>;
  appSecret: InstagramSetting<string>;
  verifyToken: InstagramSetting<string>;
  apiVersion: InstagramSetting<string> & { value: string };
  humanAgent: InstagramSetting<boolean> & { value: boolean };
};

type Row = {
  key: string;
  value: string;
  encrypted: boolean;
  updatedAt: Date;
  updatedBy: { name: string; email: string } | null;
};

const store = globalThis as typeof globalThis & {
  __switchboardSettings?: { cached?: Promise<InstagramSettings>; unsubscribe?: () => void };
};
const cache = (store.__switchboardSettings ??= {});

/**
 * The Instagram settings every part of the app reads (webhook route, connect flow, send path).
 * Cached per process; a save clears the cache here and, through a signal, in every other
 * process on the same PostgreSQL.
 */
export function getInstagramSettings(): Promise<InstagramSettings> {
  cache.unsubscribe ??= subscribe("switchboard_settings", invalidateSettingsCache);
  cache.cached ??= loadInstagramSettings().catch((error: unknown) => {
    cache.cached = undefined;
    throw error;
  });
  return cache.cached;
}

export function invalidateSettingsCache(): void {
  cache.cached = undefined;
}

async function loadInstagramSettings(): Promise<InstagramSettings> {
  const client = await db();
  const rows: Row[] = await client.appSetting.findMany({
    where: { key: { in: Object.values(INSTAGRAM_SETTINGS).map((s) => s.key) } },
    select: {
      key: true,
      value: true,
      encrypted: true,
      updatedAt: true,
      updatedBy: { select: { name: true, email: true } },
    },
  });
  const byKey = new Map(rows.map((row) => [row.key, row]));
  const e = env();
  const read = <T>(
    name: InstagramSettingName,
    parse: (raw: string) => T,
    fromEnv: T | undefined,
    fallback?: T,
  ) => {
    const row = byKey.get(INSTAGRAM_SETTINGS[name].key);
    const saved = row && {
      changedAt: row.updatedAt,
      changedBy: row.updatedBy ? row.updatedBy.name || row.updatedBy.email : null,
    };
    if (!row) return resolveSetting(undefined, fromEnv, fallback);
    try {
      const raw = row.encrypted ? decryptSecret(row.value, settingPurpose(row.key)) : row.value;
      return { ...resolveSetting(parse(raw), fromEnv, fallback), saved };
    } catch (error) {
      if (!(error instanceof UndecryptableSecretError)) throw error;
      // A saved value we cannot read still wins over the environment: using another
      // secret silently would hide the problem. The form asks for the value again.
      return { value: undefined, source: "database" as const, saved, undecryptable: true };
    }
  };
  const text = (raw: string) => raw;
  return {
    appId: read("appId", text, e.INSTAGRAM_APP_ID),
    appSecret: read("appSecret", text, e.INSTAGRAM_APP_SECRET),
    verifyToken: read("verifyToken", text, e.INSTAGRAM_VERIFY_TOKEN),
    apiVersion: read(
      "apiVersion",
      text,
      e.INSTAGRAM_API_VERSION,
      DEFAULT_GRAPH_API_VERSION,
    ) as InstagramSettings["apiVersion"],
    humanAgent: read(
      "humanAgent",
      (raw) => raw === "true",
      undefined,
      false,
    ) as InstagramSettings["humanAgent"],
  };
}

/** App id and secret are what Business Login needs; without them Instagram is "not configured". */
export function isInstagramConfigured(settings: InstagramSettings): boolean {
  return Boolean(settings.appId.value && settings.appSecret.value);
}
