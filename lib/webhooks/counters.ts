import { db } from "@/lib/db";

export const REJECTED_SIGNATURES = "webhooks.rejected_signature";

/** Counts in the database, so that every process adds to one figure the super admin sees. */
export async function incrementCounter(key: string): Promise<void> {
  const client = await db();
  await client.counter.upsert({ where: { key }, create: { key, value: 1 }, update: { value: { increment: 1 } } });
}

export async function readCounter(key: string): Promise<{ value: bigint; updatedAt: Date | null }> {
  const client = await db();
  const row = await client.counter.findUnique({ where: { key } });
  return { value: row?.value ?? 0n, updatedAt: row?.updatedAt ?? null };
}
