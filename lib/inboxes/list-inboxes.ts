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
    select: { ...inboxSummary, sendMessageReplies: true, sendMarkSeen: true, members: { select: { userId: true } } },
  });
}

/** The account's inboxes whose token Meta refused: their administrators are told on every page. */
export async function listInboxesNeedingReauthorization({ accountId }: { accountId: number }) {
  const client = await db();
  const channels = await client.instagramChannel.findMany({
    where: { reauthorizationRequired: true, inbox: { accountId } },
    select: { inboxId: true, username: true },
    orderBy: { username: "asc" },
  });
  return channels;
}
