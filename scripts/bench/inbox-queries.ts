// The inbox's queries on a large account (issue: list p95 ≤ 50 ms, search ≤ 150 ms, thread ≤ 80
// ms): 100,000 conversations and 1,000,000 messages seeded with SQL, then the app's own
// functions (listConversations, getConversation) timed through Prisma, as the pages call them.
// Also runnable alone: tsx scripts/bench/inbox-queries.ts
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { Database } from "./database";
import { percentile } from "./load";

export const CONVERSATIONS = 100_000;
export const MESSAGES = 1_000_000;
const THREAD = 500;
const RUNS = 40;

export type InboxQueryResult = { seedSeconds: number; list: number[]; listAgent: number[]; search: number[]; searchCommon: number[]; thread: number[] };

const WORDS = ["shoes", "bread", "cake", "parcel", "refund", "delivery", "size", "colour"];

/** Seeds one account: an inbox, an agent who is its member, the contacts, conversations and messages. */
export async function seed(db: Database): Promise<{ accountId: number; inboxId: number; agentId: number; adminId: number; bigConversation: number }> {
  const one = async <T>(sql: string, params?: unknown[]) => (await db.query<T>(sql, params)).rows[0]!;
  const { id: accountId } = await one<{ id: number }>(`INSERT INTO "Account" (name, "updatedAt") VALUES ('Big Bakery', now()) RETURNING id`);
  const { id: inboxId } = await one<{ id: number }>(`INSERT INTO "Inbox" ("accountId", name, "updatedAt") VALUES ($1, 'big_bakery', now()) RETURNING id`, [accountId]);
  const user = (name: string) =>
    one<{ id: number }>(`INSERT INTO "User" (email, name, "passwordHash", "updatedAt") VALUES ($1, $2, 'x', now()) RETURNING id`, [`${name}@bench.test`, name]);
  const { id: adminId } = await user("admin");
  const { id: agentId } = await user("agent");
  await db.query(`INSERT INTO "AccountUser" ("accountId", "userId", role) VALUES ($1, $2, 'administrator'), ($1, $3, 'agent')`, [accountId, adminId, agentId]);
  await db.query(`INSERT INTO "InboxMember" ("inboxId", "userId") VALUES ($1, $2)`, [inboxId, agentId]);
  await db.exec(`
    INSERT INTO "Contact" ("inboxId", igsid, name, username, "updatedAt")
      SELECT ${inboxId}, (17000000000000000 + g)::text, 'Customer ' || g, 'customer_' || g, now() FROM generate_series(1, ${CONVERSATIONS}) g;
    INSERT INTO "Conversation" ("accountId", "inboxId", "contactId", status, "assigneeId", "lastActivityAt", "lastCustomerMessageAt", "updatedAt")
      SELECT ${accountId}, ${inboxId}, c.id, CASE WHEN c.id % 3 = 0 THEN 'resolved' ELSE 'open' END::"ConversationStatus",
             CASE WHEN c.id % 4 = 0 THEN ${agentId} END, now() - (c.id || ' minutes')::interval, now() - (c.id || ' minutes')::interval, now()
      FROM "Contact" c WHERE c."inboxId" = ${inboxId};`);
  const { id: bigConversation } = await one<{ id: number }>(`SELECT id FROM "Conversation" WHERE "inboxId" = $1 ORDER BY id LIMIT 1`, [inboxId]);
  // The rest of the messages spread evenly over the other conversations.
  const perConversation = Math.floor((MESSAGES - THREAD) / (CONVERSATIONS - 1));
  await db.exec(`
    INSERT INTO "Message" ("conversationId", "inboxId", mid, direction, source, status, text, "sentAt", "updatedAt")
      SELECT ${bigConversation}, ${inboxId}, 'big-' || g, CASE WHEN g % 2 = 0 THEN 'incoming' ELSE 'outgoing' END::"MessageDirection",
             CASE WHEN g % 2 = 0 THEN 'contact' ELSE 'agent' END::"MessageSource", CASE WHEN g % 2 = 0 THEN 'received' ELSE 'sent' END::"MessageStatus",
             'Thread message ' || g, now() - ((${THREAD} - g) || ' minutes')::interval, now()
      FROM generate_series(1, ${THREAD}) g;
    INSERT INTO "Message" ("conversationId", "inboxId", mid, direction, source, status, text, "sentAt", "updatedAt")
      SELECT c.id, ${inboxId}, 'm-' || c.id || '-' || g, CASE WHEN g % 2 = 1 THEN 'incoming' ELSE 'outgoing' END::"MessageDirection",
             CASE WHEN g % 2 = 1 THEN 'contact' ELSE 'agent' END::"MessageSource", CASE WHEN g % 2 = 1 THEN 'received' ELSE 'sent' END::"MessageStatus",
             'About my ' || (ARRAY['${WORDS.join("','")}'])[1 + (c.id + g) % ${WORDS.length}] || ' order ' || (c.id * 10 + g),
             c."lastActivityAt" - ((${perConversation} - g) || ' minutes')::interval, now()
      FROM "Conversation" c CROSS JOIN generate_series(1, ${perConversation}) g
      WHERE c."inboxId" = ${inboxId} AND c.id <> ${bigConversation};
    ANALYZE;`);
  return { accountId, inboxId, agentId, adminId, bigConversation };
}

async function timed(run: () => Promise<unknown>): Promise<number[]> {
  await run(); // warm: plans, caches
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return times;
}

/** Seeds `db` (already migrated and in use by the app's `db()`), then times the queries. */
export async function measureInboxQueries(db: Database): Promise<InboxQueryResult> {
  const started = performance.now();
  const ids = await seed(db);
  const seedSeconds = (performance.now() - started) / 1000;
  const { listConversations, conversationFiltersSchema } = await import("@/lib/conversations/list-conversations");
  const { getConversation } = await import("@/lib/conversations/get-conversation");
  const admin = { accountId: ids.accountId, userId: ids.adminId, role: "administrator" as const };
  const agent = { accountId: ids.accountId, userId: ids.agentId, role: "agent" as const };
  const filters = (input: Record<string, unknown>) => conversationFiltersSchema.parse(input);
  let n = 0;
  return {
    seedSeconds,
    list: await timed(() => listConversations(admin, filters({}))),
    listAgent: await timed(() => listConversations(agent, filters({ assignee: "me" }))),
    // A rare term (one order number) and a common word.
    search: await timed(() => listConversations(admin, filters({ q: `order ${4_321_0 + (n++ % 9) + 1}`, status: "all" }))),
    searchCommon: await timed(() => listConversations(admin, filters({ q: "parcel" }))),
    thread: await timed(async () => {
      const conversation = await getConversation(admin, ids.bigConversation);
      if (conversation?.messages.length !== THREAD) throw new Error(`thread has ${conversation?.messages.length} messages`);
    }),
  };
}

export const summarize = (times: number[]) => ({ p50: percentile(times, 50), p95: percentile(times, 95) });

/**
 * A fresh database the bench seeds and the app's own `db()` reads: the embedded one opened as
 * the server opens it (lib/db.ts), or PostgreSQL by URL.
 */
export async function appDatabase(target: { pgliteDir: string } | { url: string }): Promise<Database> {
  const { setDbForTests, clientOnPglite, openPglite, closeDb } = await import("@/lib/db");
  const { applyMigrations } = await import("@/lib/migrations/apply-migrations");
  if ("pgliteDir" in target) {
    fs.mkdirSync(path.dirname(target.pgliteDir), { recursive: true });
    const pglite = await openPglite(target.pgliteDir);
    await applyMigrations(pglite);
    setDbForTests(await clientOnPglite(pglite), () => pglite.close(), { kind: "pglite", pglite });
    return { exec: (sql) => pglite.exec(sql), query: (sql, params) => pglite.query(sql, params), close: closeDb };
  }
  const { openDatabase } = await import("./database");
  const database = await openDatabase(target);
  const { PrismaPg } = await import("@prisma/adapter-pg");
  const { PrismaClient } = await import("@/lib/generated/prisma/client");
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: target.url }) });
  setDbForTests(client as never, () => client.$disconnect(), { kind: "postgres", url: target.url });
  return { ...database, close: async () => (await closeDb(), await database.close()) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { tempDir, cleanUp } = await import("./support");
  const db = await appDatabase(process.env.BENCH_DATABASE_URL ? { url: process.env.BENCH_DATABASE_URL } : { pgliteDir: `${tempDir("inbox")}/pglite` });
  const result = await measureInboxQueries(db);
  console.log(`seeded in ${result.seedSeconds.toFixed(0)} s`);
  for (const [name, times] of Object.entries(result)) if (Array.isArray(times)) console.log(name, summarize(times));
  await db.close();
  await cleanUp();
}
