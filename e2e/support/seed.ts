// Seeds the e2e database. Refuses anything that does not look like a throwaway test database.
import fs from "node:fs";
import path from "node:path";
import { createAccount } from "@/lib/accounts/create-account";
import { closeDb, db } from "@/lib/db";
import { env } from "@/lib/env";
import { anInstagramInbox } from "@/lib/testing/factories";
import { addAccountMember } from "@/lib/users/add-account-member";
import { createUser } from "@/lib/users/create-user";
import { PASSWORD, people, type Seeded } from "./seed-data";

const { database, DATA_DIR } = env();
const DAY = 86_400_000;
const target = database.kind === "postgres" ? new URL(database.url) : undefined;
const local = target ? ["localhost", "127.0.0.1"].includes(target.hostname) && target.pathname.includes("e2e") : DATA_DIR.includes("e2e");
if (!local) {
  console.error("e2e seed: refusing to seed a database that is not a local e2e database");
  process.exit(1);
}

async function seed(): Promise<Seeded> {
  const acme = await createAccount({ name: "Acme Shoes" });
  const acmeOutlet = await createAccount({ name: "Acme Outlet" });
  const globex = await createAccount({ name: "Globex" });
  await createUser({ ...people.superAdmin, password: PASSWORD, superAdmin: true });
  const ada = await createUser({ ...people.acmeAdmin, password: PASSWORD, membership: { accountId: acme.id, role: "administrator" } });
  await addAccountMember({ userId: ada.id, accountId: acmeOutlet.id, role: "agent" });
  await createUser({ ...people.acmeAgent, password: PASSWORD, membership: { accountId: acme.id, role: "agent" } });
  await createUser({ ...people.globexAdmin, password: PASSWORD, membership: { accountId: globex.id, role: "administrator" } });
  await createUser({ ...people.lockout, password: PASSWORD, membership: { accountId: acme.id, role: "agent" } });
  await createUser({ ...people.operator, password: PASSWORD, superAdmin: true, membership: { accountId: acme.id, role: "administrator" } });
  const dormant = await createAccount({ name: "Dormant Shop" });
  await createUser({ ...people.dormantAdmin, password: PASSWORD, membership: { accountId: dormant.id, role: "administrator" } });
  await aTokenDueForRefresh(dormant.id);
  return { accounts: { acme: acme.id, acmeOutlet: acmeOutlet.id, globex: globex.id, dormant: dormant.id } };
}

/**
 * An inbox connected 55 days ago, so its token is due for refresh when the worker starts; Meta
 * (the stand-in) does not know the token and refuses it with 190.
 */
async function aTokenDueForRefresh(accountId: number) {
  const { inboxId } = await anInstagramInbox({ accountId, instagramUserId: "17841400000000077" });
  const client = await db();
  await client.inbox.update({ where: { id: inboxId }, data: { name: "dormant.shop" } });
  await client.instagramChannel.update({
    where: { inboxId },
    data: { username: "dormant.shop", tokenRefreshedAt: new Date(Date.now() - 55 * DAY), tokenExpiresAt: new Date(Date.now() + 5 * DAY) },
  });
}

seed()
  .then((seeded) => fs.writeFileSync(path.join(DATA_DIR, "seed.json"), JSON.stringify(seeded)))
  .finally(() => closeDb());
