import type { Prisma } from "@/lib/generated/prisma/client";
import type { AccountRole } from "@/lib/generated/prisma/enums";

export type Viewer = { accountId: number; userId: number; role: AccountRole };

/** Administrators see every inbox of their account; agents only those they are members of. */
export function visibleConversations({ accountId, userId, role }: Viewer): Prisma.ConversationWhereInput {
  return role === "administrator" ? { accountId } : { accountId, inbox: { members: { some: { userId } } } };
}
