import { db } from "@/lib/db";

/** Every account, for super admins. */
export async function listAccounts() {
  const client = await db();
  return client.account.findMany({
    orderBy: { name: "asc" },
    select: { id: true, name: true, createdAt: true, _count: { select: { members: true } } },
  });
}
