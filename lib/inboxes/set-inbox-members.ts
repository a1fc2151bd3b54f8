import { z } from "zod";
import { publishAccessChange } from "@/lib/auth/access-signals";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";

export const setInboxMembersSchema = z.object({
  inboxId: z.coerce.number().int().positive(),
  userIds: z.array(z.coerce.number().int().positive()).max(1000),
});

/**
 * Replaces who works in an inbox. Only people of the inbox's account can be members; an
 * inbox of another account, or one being removed, is "not found".
 */
export async function setInboxMembers({ accountId, inboxId, userIds }: z.infer<typeof setInboxMembersSchema> & { accountId: number }) {
  const client = await db();
  const { count, changed } = await client.$transaction(async (tx) => {
    const inbox = await tx.inbox.findFirst({ where: { id: inboxId, accountId, removalStartedAt: null }, select: { id: true } });
    if (!inbox) throw new AppError("NOT_FOUND");
    const wanted = [...new Set(userIds)];
    const members = await tx.accountUser.count({ where: { accountId, userId: { in: wanted } } });
    if (members !== wanted.length) throw new AppError("VALIDATION", { userIds: "invalid" });
    const before = await tx.inboxMember.findMany({ where: { inboxId }, select: { userId: true } });
    await tx.inboxMember.deleteMany({ where: { inboxId, userId: { notIn: wanted } } });
    await tx.inboxMember.createMany({ data: wanted.map((userId) => ({ inboxId, userId })), skipDuplicates: true });
    const was = new Set(before.map((member) => member.userId));
    const changed = [...before.map((member) => member.userId).filter((userId) => !wanted.includes(userId)), ...wanted.filter((userId) => !was.has(userId))];
    return { count: wanted.length, changed };
  });
  // Their open pages reload: conversations came into or left their view.
  await publishAccessChange(changed);
  return { count };
}
