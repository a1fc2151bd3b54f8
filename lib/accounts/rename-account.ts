import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";

export async function renameAccount({ accountId, name }: { accountId: number; name: string }) {
  const client = await db();
  const { count } = await client.account.updateMany({ where: { id: accountId }, data: { name } });
  if (count === 0) throw new AppError("NOT_FOUND");
  return { id: accountId, name };
}
