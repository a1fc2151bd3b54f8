import { db } from "@/lib/db";

/** Every user with their memberships, for super admins. */
export async function listUsers() {
  const client = await db();
  return client.user.findMany({
    orderBy: { email: "asc" },
    select: {
      id: true,
      email: true,
      name: true,
      superAdmin: true,
      memberships: { select: { role: true, account: { select: { id: true, name: true } } }, orderBy: { accountId: "asc" } },
    },
  });
}
