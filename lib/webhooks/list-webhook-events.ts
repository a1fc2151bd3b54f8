import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { WebhookEventStatus } from "@/lib/generated/prisma/enums";
import { WEBHOOK_EVENT_STATUSES } from "@/lib/webhooks/schemas";

export type WebhookEventInbox = { id: number; name: string | null; accountName: string | null };

export type WebhookEventRow = {
  /** A string: ids are BigInt and outgrow a JavaScript number. */
  id: string;
  receivedAt: Date;
  status: WebhookEventStatus;
  attempts: number;
  lastError: string | null;
  processedAt: Date | null;
  replays: number;
  instagramUserIds: string[];
  /** The inboxes it was routed to; name null when the inbox has since been removed. */
  inboxes: WebhookEventInbox[];
  bytes: number;
};

type Options = {
  status?: WebhookEventStatus;
  inboxId?: number;
  from?: Date;
  to?: Date;
  /** The last id of the previous page: this page starts below it. */
  cursor?: bigint;
  limit: number;
};

export const webhookEventRowSelect = {
  id: true,
  receivedAt: true,
  status: true,
  attempts: true,
  lastError: true,
  processedAt: true,
  replays: true,
  instagramUserIds: true,
  inboxIds: true,
} as const;

/** Stored deliveries for super admins, newest first, `limit` at a time. */
export async function listWebhookEvents({ status, inboxId, from, to, cursor, limit }: Options) {
  const client = await db();
  const rows = await client.webhookEvent.findMany({
    where: {
      status,
      inboxIds: inboxId === undefined ? undefined : { has: inboxId },
      receivedAt: from || to ? { gte: from, lte: to } : undefined,
      id: cursor === undefined ? undefined : { lt: cursor },
    },
    // Ids grow with arrival, so they order like receivedAt and make a stable cursor.
    orderBy: { id: "desc" },
    take: limit + 1,
    select: webhookEventRowSelect,
  });
  const page = rows.slice(0, limit);
  const events = await toWebhookEventRows(page);
  return { events, nextCursor: rows.length > limit ? events.at(-1)!.id : null };
}

/** How many stored events have each status (zero for none). */
export async function countByStatus(): Promise<Record<WebhookEventStatus, number>> {
  const client = await db();
  const groups = await client.webhookEvent.groupBy({ by: ["status"], _count: { _all: true } });
  const counts = Object.fromEntries(WEBHOOK_EVENT_STATUSES.map((status) => [status, 0])) as Record<WebhookEventStatus, number>;
  for (const group of groups) counts[group.status] = group._count._all;
  return counts;
}

export type SelectedWebhookEvent = Prisma.WebhookEventGetPayload<{ select: typeof webhookEventRowSelect }>;

/** Adds inbox names and body sizes; the bodies themselves (up to 1 MiB each) stay in the database. */
export async function toWebhookEventRows(rows: SelectedWebhookEvent[]): Promise<WebhookEventRow[]> {
  if (rows.length === 0) return [];
  const client = await db();
  const inboxIds = [...new Set(rows.flatMap((row) => row.inboxIds))];
  const [inboxes, sizes] = await Promise.all([
    client.inbox.findMany({ where: { id: { in: inboxIds } }, select: { id: true, name: true, account: { select: { name: true } } } }),
    client.$queryRaw<{ id: bigint; bytes: number }[]>`
      SELECT id, octet_length(body)::int AS bytes FROM "WebhookEvent" WHERE id IN (${Prisma.join(rows.map((row) => row.id))})`,
  ]);
  const inboxById = new Map(inboxes.map((inbox) => [inbox.id, { id: inbox.id, name: inbox.name, accountName: inbox.account.name }]));
  const bytesById = new Map(sizes.map((size) => [String(size.id), size.bytes]));
  return rows.map(({ id, inboxIds: ids, ...row }) => ({
    ...row,
    id: String(id),
    inboxes: ids.map((inboxId) => inboxById.get(inboxId) ?? { id: inboxId, name: null, accountName: null }),
    bytes: bytesById.get(String(id)) ?? 0,
  }));
}
