import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import {
  getInstagramSettings,
  invalidateSettingsCache,
  isInstagramConfigured,
} from "@/lib/settings/instagram-settings";
import { toInstagramSettingsView } from "@/lib/settings/instagram-settings-view";
import { resolveSetting } from "@/lib/settings/resolve-setting";
import { saveInstagramSettings } from "@/lib/settings/save-instagram-settings";
import { publish } from "@/lib/signals/signals";
import { aUser } from "@/lib/testing/factories";
import { withTestDb } from "@/lib/testing/with-test-db";

// env() is read once, at import: these are the environment fallbacks for the whole file.
vi.hoisted(() => {
  process.env.INSTAGRAM_APP_ID = "1111";
  process.env.INSTAGRAM_VERIFY_TOKEN = "verify-token-from-environment";
});

const SECRET = "0123456789abcdef0123456789abcdef";
const base = { appId: "", verifyToken: "", apiVersion: "v25.0", humanAgent: false };

describe("resolveSetting", () => {
  it("prefers the database, then the environment, then the default", () => {
    expect(resolveSetting("db", "env", "default")).toEqual({ value: "db", source: "database" });
    expect(resolveSetting(undefined, "env", "default")).toEqual({
      value: "env",
      source: "environment",
    });
    expect(resolveSetting(undefined, undefined, "default")).toEqual({
      value: "default",
      source: "default",
    });
    expect(resolveSetting(undefined, undefined)).toEqual({ value: undefined, source: "unset" });
  });

  it("keeps a saved false or empty-looking value over the environment", () => {
    expect(resolveSetting(false, true)).toEqual({ value: false, source: "database" });
  });
});

describe("Instagram settings", () => {
  withTestDb();
  let admin: { id: number };

  beforeEach(async () => {
    invalidateSettingsCache();
    admin = await aUser({ superAdmin: true });
  });

  it("falls back to the environment and the defaults when nothing is saved", async () => {
    const settings = await getInstagramSettings();
    expect(settings.appId).toEqual({ value: "1111", source: "environment" });
    expect(settings.appSecret).toEqual({ value: undefined, source: "unset" });
    expect(settings.verifyToken).toEqual({
      value: "verify-token-from-environment",
      source: "environment",
    });
    expect(settings.apiVersion).toEqual({ value: "v25.0", source: "default" });
    expect(settings.humanAgent).toEqual({ value: false, source: "default" });
    expect(isInstagramConfigured(settings)).toBe(false);
  });

  it("saves values that win over the environment, secrets encrypted, and audits without values", async () => {
    const changed = await saveInstagramSettings(
      {
        ...base,
        appId: "2222",
        appSecret: SECRET,
        verifyToken: "a-verify-token-of-ours",
        apiVersion: "v24.0",
        humanAgent: true,
      },
      admin,
    );
    expect(changed.sort()).toEqual([
      "apiVersion",
      "appId",
      "appSecret",
      "humanAgent",
      "verifyToken",
    ]);

    const settings = await getInstagramSettings();
    expect(settings.appId).toMatchObject({ value: "2222", source: "database" });
    expect(settings.appSecret).toMatchObject({
      value: SECRET,
      source: "database",
      saved: { changedBy: expect.any(String) },
    });
    expect(settings.verifyToken.value).toBe("a-verify-token-of-ours");
    expect(settings.apiVersion.value).toBe("v24.0");
    expect(settings.humanAgent.value).toBe(true);
    expect(isInstagramConfigured(settings)).toBe(true);

    const client = await db();
    const rows = await client.appSetting.findMany();
    const dump = JSON.stringify(rows);
    expect(dump).not.toContain(SECRET);
    expect(dump).not.toContain("a-verify-token-of-ours");
    const audit = await client.settingChange.findMany();
    expect(audit).toHaveLength(5);
    expect(audit.every((entry) => entry.kind === "set" && entry.userId === admin.id)).toBe(true);
  });

  it("changes nothing and audits nothing when the form is saved unchanged", async () => {
    await saveInstagramSettings({ ...base, appId: "2222", appSecret: SECRET }, admin);
    const client = await db();
    const before = await client.settingChange.count();
    expect(await saveInstagramSettings({ ...base, appId: "2222" }, admin)).toEqual([]);
    expect(await client.settingChange.count()).toBe(before);
  });

  it("does not pin a version or toggle left at the value that already applies", async () => {
    expect(
      await saveInstagramSettings({ ...base, apiVersion: "v25.0", humanAgent: false }, admin),
    ).toEqual([]);
    expect((await getInstagramSettings()).apiVersion.source).toBe("default");
  });

  it("clearing a saved value brings the environment back, and is audited as cleared", async () => {
    await saveInstagramSettings({ ...base, appId: "2222" }, admin);
    expect(await saveInstagramSettings({ ...base, appId: "" }, admin)).toEqual(["appId"]);
    expect((await getInstagramSettings()).appId).toEqual({ value: "1111", source: "environment" });
    const client = await db();
    expect((await client.settingChange.findFirst({ orderBy: { id: "desc" } }))?.kind).toBe(
      "cleared",
    );
  });

  it("reports a tampered secret as undecryptable, without falling back, until it is entered again", async () => {
    await saveInstagramSettings({ ...base, appId: "2222", appSecret: SECRET }, admin);
    const client = await db();
    const row = await client.appSetting.findUniqueOrThrow({
      where: { key: "instagram.appSecret" },
    });
    await client.appSetting.update({
      where: { key: row.key },
      data: { value: row.value.slice(0, -4) + "AAAA" },
    });
    invalidateSettingsCache();

    const broken = await getInstagramSettings();
    expect(broken.appSecret).toMatchObject({
      value: undefined,
      source: "database",
      undecryptable: true,
    });
    expect(isInstagramConfigured(broken)).toBe(false);

    expect(
      await saveInstagramSettings({ ...base, appId: "2222", appSecret: SECRET }, admin),
    ).toEqual(["appSecret"]);
    expect((await getInstagramSettings()).appSecret.value).toBe(SECRET);
  });

  it("serves from cache until a settings signal arrives", async () => {
    await saveInstagramSettings({ ...base, appId: "2222" }, admin);
    expect((await getInstagramSettings()).appId.value).toBe("2222");
    const client = await db();
    await client.appSetting.update({ where: { key: "instagram.appId" }, data: { value: "3333" } });
    expect((await getInstagramSettings()).appId.value).toBe("2222");
    await publish("switchboard_settings");
    expect((await getInstagramSettings()).appId.value).toBe("3333");
  });
});

describe("the settings form's view", () => {
  withTestDb();

  it("carries the app secret's status but never the secret", async () => {
    invalidateSettingsCache();
    const admin = await aUser({ superAdmin: true });
    await saveInstagramSettings({ ...base, appId: "2222", appSecret: SECRET }, admin);
    const view = toInstagramSettingsView(await getInstagramSettings());
    expect(view.appSecret).toMatchObject({ state: "saved", changedBy: expect.any(String) });
    expect(view.appId).toEqual({ saved: "2222", environment: undefined });
    expect(view.verifyToken).toEqual({
      saved: "",
      environment: "verify-token-from-environment",
      undecryptable: false,
    });
    expect(JSON.stringify(view)).not.toContain(SECRET);
  });
});
