import { createAccount } from "@/lib/accounts/create-account";
import type { AccountRole } from "@/lib/generated/prisma/enums";
import { createUser } from "@/lib/users/create-user";

let sequence = 0;

export async function aUser(options: { superAdmin?: boolean; password?: string; membership?: { accountId: number; role: AccountRole } } = {}) {
  sequence += 1;
  return createUser({
    name: `User ${sequence}`,
    email: `user${sequence}@example.test`,
    password: options.password ?? "correct horse battery",
    superAdmin: options.superAdmin,
    membership: options.membership,
  });
}

export async function anAccountWith(role: AccountRole) {
  const account = await createAccount({ name: `Account ${++sequence}` });
  const user = await aUser({ membership: { accountId: account.id, role } });
  return { account, user };
}
