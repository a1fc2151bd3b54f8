import { listUserAccounts } from "@/lib/accounts/list-user-accounts";
import type { CurrentUser } from "@/lib/auth/get-current-user";

/** Where a signed-in user starts: their first account's conversations. */
export async function landingPath(user: CurrentUser): Promise<string> {
  const [first] = await listUserAccounts({ userId: user.id });
  if (first) return `/app/accounts/${first.id}/conversations`;
  return user.superAdmin ? "/super_admin" : "/app";
}
