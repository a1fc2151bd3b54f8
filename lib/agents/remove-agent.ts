import { publishAccessChange } from "@/lib/auth/access-signals";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";

/** Ends a membership (the user keeps other accounts). An account always keeps one administrator. */
export async function removeAgent({ accountId, userId }: { accountId: number; userId: number }) {
  const client = await db();
  await client.$transaction(async (tx) => {
    const member = await tx.accountUser.findUnique({ where: { accountId_userId: { accountId, userId } } });
    if (!member) throw new AppError("NOT_FOUND");
    if (member.role === "administrator") {
      const administrators = await tx.accountUser.count({ where: { accountId, role: "administrator" } });
      if (administrators <= 1) throw new AppError("LAST_ADMINISTRATOR");
    }
    await tx.accountUser.delete({ where: { id: member.id } });
  });
  await publishAccessChange([userId]);
}
