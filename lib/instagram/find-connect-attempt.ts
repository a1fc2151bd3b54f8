import { db } from "@/lib/db";

/** A failed connection of this account, for its error screen. */
export async function findConnectAttempt({ accountId, id }: { accountId: number; id: number }) {
  const client = await db();
  return client.connectAttempt.findFirst({
    where: { id, accountId },
    select: { step: true, metaStatus: true, metaType: true, metaCode: true, metaMessage: true, fbtraceId: true },
  });
}
