import { getServerSession } from "next-auth";
import { cache } from "react";
import { authOptions } from "@/lib/auth/auth-options";
import { db } from "@/lib/db";

export type CurrentUser = { id: number; email: string; name: string; superAdmin: boolean };

/** The signed-in user, read fresh from the database once per request; null without a session. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions());
  const id = Number(session?.user?.id);
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  const client = await db();
  return client.user.findUnique({ where: { id }, select: { id: true, email: true, name: true, superAdmin: true } });
});
