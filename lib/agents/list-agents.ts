import { db } from "@/lib/db";

export async function listAgents({ accountId }: { accountId: number }) {
  const client = await db();
  const members = await client.accountUser.findMany({
    where: { accountId },
    orderBy: [{ role: "asc" }, { user: { name: "asc" } }],
    select: { role: true, user: { select: { id: true, name: true, email: true } } },
  });
  return members.map(({ role, user }) => ({ ...user, role }));
}
