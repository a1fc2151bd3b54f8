import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { isUniqueViolation } from "@/lib/errors/is-unique-violation";
import type { AccountRole } from "@/lib/generated/prisma/enums";
import { Prisma } from "@/lib/generated/prisma/client";

export async function addAccountMember({ userId, accountId, role }: { userId: number; accountId: number; role: AccountRole }) {
  const client = await db();
  try {
    await client.accountUser.create({ data: { userId, accountId, role } });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("ALREADY_MEMBER");
    // A foreign key failure: the user or the account does not exist.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2003") throw new AppError("NOT_FOUND");
    throw error;
  }
}
