import { db } from "@/lib/db";
import { INSTAGRAM_SETTINGS, type InstagramSettingName } from "@/lib/settings/instagram-settings";

const nameOfKey = new Map<string, InstagramSettingName>(
  Object.entries(INSTAGRAM_SETTINGS).map(([name, { key }]) => [key, name as InstagramSettingName]),
);

/** The latest changes to the Instagram settings: which one, set or cleared, who and when. */
export async function listInstagramSettingChanges(limit = 20) {
  const client = await db();
  const rows = await client.settingChange.findMany({
    where: { key: { in: [...nameOfKey.keys()] } },
    orderBy: { id: "desc" },
    take: limit,
    select: {
      id: true,
      key: true,
      kind: true,
      createdAt: true,
      user: { select: { name: true, email: true } },
    },
  });
  return rows.map(({ key, ...row }) => ({ ...row, field: nameOfKey.get(key) ?? null }));
}
