import { db } from "@/lib/db";

/** Every inbox of the installation with its account's name, for super admins' filters. */
export async function listAllInboxes() {
  const client = await db();
  const inboxes = await client.inbox.findMany({
    orderBy: [{ account: { name: "asc" } }, { name: "asc" }],
    select: { id: true, name: true, account: { select: { name: true } } },
  });
  return inboxes.map(({ account, ...inbox }) => ({ ...inbox, accountName: account.name }));
}
