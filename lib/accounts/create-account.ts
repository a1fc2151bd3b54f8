import { db } from "@/lib/db";

export async function createAccount({ name }: { name: string }) {
  const client = await db();
  return client.account.create({ data: { name }, select: { id: true, name: true } });
}
