import fs from "node:fs";
import path from "node:path";
import { Client } from "pg";
import { hashPassword } from "@/lib/auth/password";
import { applyMigrations, type SqlRunner } from "@/lib/migrations/apply-migrations";
import { migratedPglite } from "@/lib/testing/migrated-pglite";

/** The bench's own connection to the app's database: the embedded folder (app stopped) or PostgreSQL. */
export type Database = SqlRunner & { close: () => Promise<void> };

/** Opens the database and applies the project's migrations (what `npm start` would do first). */
export async function openDatabase(target: { pgliteDir: string } | { url: string }): Promise<Database> {
  if ("pgliteDir" in target) {
    fs.mkdirSync(path.dirname(target.pgliteDir), { recursive: true });
    const pglite = await migratedPglite(target.pgliteDir);
    return { exec: (sql) => pglite.exec(sql), query: (sql, params) => pglite.query(sql, params), close: () => pglite.close() };
  }
  const client = new Client({ connectionString: target.url });
  await client.connect();
  const database: Database = {
    exec: (sql) => client.query(sql),
    query: async <T>(sql: string, params?: unknown[]) => ({ rows: (await client.query(sql, params)).rows as T[] }),
    close: () => client.end(),
  };
  await applyMigrations(database);
  return database;
}

/** The agent the live-latency phase signs in as (a member of the bench's inbox). */
export const BENCH_AGENT = { email: "agent@bench.test", password: "bench-agent-password" };

/**
 * An account with an inbox connected to `instagramUserId`, so that deliveries route, and an
 * agent of it. The token is not a real (encrypted) one: contact-profile lookups fail at once
 * and are retried much later. Returns the account's id.
 */
export async function seedInbox(db: SqlRunner, instagramUserId: string): Promise<number> {
  const [account] = (await db.query<{ id: number }>(`INSERT INTO "Account" (name, "updatedAt") VALUES ('Bench Bakery', now()) RETURNING id`)).rows;
  const [inbox] = (
    await db.query<{ id: number }>(`INSERT INTO "Inbox" ("accountId", name, "updatedAt") VALUES ($1, 'bench_bakery', now()) RETURNING id`, [account!.id])
  ).rows;
  await db.query(
    `INSERT INTO "InstagramChannel" ("inboxId", "instagramUserId", username, "accessToken", "tokenExpiresAt", "tokenRefreshedAt", "grantedScopes", "updatedAt")
     VALUES ($1, $2, 'bench_bakery', 'bench-token', now() + interval '60 days', now(), ARRAY['instagram_business_basic', 'instagram_business_manage_messages'], now())`,
    [inbox!.id, instagramUserId],
  );
  const [agent] = (
    await db.query<{ id: number }>(`INSERT INTO "User" (email, name, "passwordHash", "updatedAt") VALUES ($1, 'Bench Agent', $2, now()) RETURNING id`, [
      BENCH_AGENT.email,
      await hashPassword(BENCH_AGENT.password),
    ])
  ).rows;
  await db.query(`INSERT INTO "AccountUser" ("accountId", "userId", role) VALUES ($1, $2, 'agent')`, [account!.id, agent!.id]);
  await db.query(`INSERT INTO "InboxMember" ("inboxId", "userId") VALUES ($1, $2)`, [inbox!.id, agent!.id]);
  return account!.id;
}

/** When each message whose mid starts with `prefix` was stored (Message.createdAt, epoch ms). */
export async function storedAt(db: SqlRunner, prefix: string): Promise<Map<string, number>> {
  const { rows } = await db.query<{ mid: string; created: number }>(
    // timestamp(3) without time zone holds UTC; epoch of it is UTC epoch.
    `SELECT mid, (extract(epoch FROM "createdAt") * 1000)::float8 AS created FROM "Message" WHERE mid LIKE $1`,
    [`${prefix}%`],
  );
  return new Map(rows.map((row) => [row.mid, Number(row.created)]));
}

export async function countStored(db: SqlRunner, prefix: string): Promise<number> {
  const { rows } = await db.query<{ count: number }>(`SELECT count(*)::int AS count FROM "Message" WHERE mid LIKE $1`, [`${prefix}%`]);
  return rows[0]!.count;
}

/** Webhook events by status, e.g. { processed: 12000 }. */
export async function eventStatuses(db: SqlRunner): Promise<Record<string, number>> {
  const { rows } = await db.query<{ status: string; count: number }>(`SELECT status::text, count(*)::int AS count FROM "WebhookEvent" GROUP BY status`);
  return Object.fromEntries(rows.map((row) => [row.status, row.count]));
}
