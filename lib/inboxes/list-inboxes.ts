import { db } from "@/lib/db";

const inboxSummary = {
  id: true,
  name: true,
  createdAt: true,
  channel: {
    select: { username: true, name: true, profilePictureUrl: true, tokenExpiresAt: true, tokenRefreshedAt: true, reauthorizationRequired: true },
  },
  _count: { select: { members: true } },
} as const;

/**
 * The account's inboxes, newest first, with their Instagram account and connection status, and
 * those being removed with their progress.
 */
export async function listInboxes({ accountId }: { accountId: number }) {
  const client = await db();
  return client.inbox.findMany({
    where: { accountId },
    orderBy: { id: "desc" },
    select: { ...inboxSummary, removalStartedAt: true, removalTotal: true, removalDone: true },
  });
}

/** One inbox of this account (null for another account's, or one being removed: its existence is not revealed). */
export async function getInbox({ accountId, inboxId }: { accountId: number; inboxId: number }) {
  const client = await db();
  return client.inbox.findFirst({
    where: { id: inboxId, accountId, removalStartedAt: null },
    select: { ...inboxSummary, members: { select: { userId: true } } },
  });
}
