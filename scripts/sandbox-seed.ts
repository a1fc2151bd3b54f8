// npm run sandbox, step 2: a workspace the super admin administers, so that they can connect
// a pretend Instagram account at once. Runs after prepare.ts, before the server opens the database.
import { createAccount } from "@/lib/accounts/create-account";
import { listAccounts } from "@/lib/accounts/list-accounts";
import { env } from "@/lib/env";
import { closeDb, db } from "@/lib/db";
import { addAccountMember } from "@/lib/users/add-account-member";
import { ensureSuperAdmin } from "@/lib/users/ensure-super-admin";

const { SUPER_ADMIN_EMAIL, SUPER_ADMIN_PASSWORD } = env();
try {
  await ensureSuperAdmin({ email: SUPER_ADMIN_EMAIL, password: SUPER_ADMIN_PASSWORD });
  const admin = await (await db()).user.findFirst({ where: { superAdmin: true }, orderBy: { id: "asc" }, select: { id: true } });
  if ((await listAccounts()).length === 0 && admin) {
    const account = await createAccount({ name: "Sandbox Shop" });
    await addAccountMember({ userId: admin.id, accountId: account.id, role: "administrator" });
  }
} finally {
  await closeDb();
}
