import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";

export async function makeSuperAdmin({ userId }: { userId: number }) {
  const client = await db();
  const { count } = await client.user.updateMany({ where: { id: userId }, data: { superAdmin: true } });
  if (count === 0) throw new AppError("NOT_FOUND");
}
