import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { AccountRole } from "@/lib/generated/prisma/enums";

/**
 * The gate for everything inside an account. No session → UNAUTHENTICATED; not a member →
 * NOT_FOUND, whether or not the account exists (never reveal another account); a member below
 * the required role → FORBIDDEN. Super admins are not implicit members of every account.
 */
export async function assertAccountAccess({
  userId,
  accountId,
  role = "agent",
}: {
  userId: number | undefined;
  accountId: number;
  role?: AccountRole;
}): Promise<{ role: AccountRole }> {
  if (!userId) throw new AppError("UNAUTHENTICATED");
  const client = await db();
  const membership = await client.accountUser.findUnique({
    where: { accountId_userId: { accountId, userId } },
    select: { role: true },
  });
  if (!membership) throw new AppError("NOT_FOUND");
  if (role === "administrator" && membership.role !== "administrator") throw new AppError("FORBIDDEN");
  return membership;
}
