import { db } from "@/lib/db";

/** The accounts a user belongs to, oldest membership first (the first is their landing page). */
export async function listUserAccounts({ userId }: { userId: number }) {
  const client = await db();
  const memberships = await client.accountUser.findMany({
    where: { userId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { role: true, account: { select: { id: true, name: true } } },
  });
  return memberships.map(({ role, account }) => ({ ...account, role }));
}
