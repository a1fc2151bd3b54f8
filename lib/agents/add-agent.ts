import type { AccountRole } from "@/lib/generated/prisma/enums";
import { createUser } from "@/lib/users/create-user";

/**
 * An administrator creates a new person in their account. An email that already has a user
 * is refused (EMAIL_TAKEN) rather than attached: an account administrator must not be able to
 * pull someone else's login into their account or learn what it can access.
 */
export async function addAgent({
  accountId,
  role,
  ...person
}: {
  accountId: number;
  name: string;
  email: string;
  password: string;
  role: AccountRole;
}) {
  return createUser({ ...person, membership: { accountId, role } });
}
