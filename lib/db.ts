import type { PGlite } from "@electric-sql/pglite";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { acquirePgliteLock, releasePgliteLock } from "@/lib/db-lock";
import { env } from "@/lib/env";

/** Secret columns stay out of every query unless a caller asks for them by name. */
function makeClient(adapter: NonNullable<NonNullable<ConstructorParameters<typeof PrismaClient>[0]>["adapter"]>) {
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

export type Db = ReturnType<typeof makeClient>;

/** The client inside `$transaction(async (tx) => ...)`. */
export type Tx = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

/** What other libraries on the same database (the job queue) connect through. */
export type Connection = { kind: "pglite"; pglite: PGlite } | { kind: "postgres"; url: string };

type Handle = { client: Db; close: () => Promise<void>; connection: Connection };

// One client per process, shared by route handlers, server actions and the in-process worker,
// and kept across dev reloads.
const store = globalThis as typeof globalThis & { __switchboardDb?: Promise<Handle> };

/** The Prisma client, opened lazily on first use (never at import, so `next build` stays offline). */
export async function db(): Promise<Db> {
  store.__switchboardDb ??= open().catch((error: unknown) => {
    store.__switchboardDb = undefined;
    throw error;
  });
  return (await store.__switchboardDb).client;
}

/** The embedded database itself, or PostgreSQL's URL: the queue shares Prisma's connection on PGlite. */
export async function dbConnection(): Promise<Connection> {
  await db();
  return (await store.__switchboardDb!).connection;
}

export async function closeDb(): Promise<void> {
  const handle = store.__switchboardDb;
  store.__switchboardDb = undefined;
  if (handle) await (await handle).close();
}

/** Tests hand in a client of their own (an in-memory PGlite). */
export function setDbForTests(client: Db, close: () => Promise<void>, connection: Connection): void {
  store.__switchboardDb = Promise.resolve({ client, close, connection });
}

async function open(): Promise<Handle> {
  const { database } = env();
  if (database.kind === "postgres") {
    const { PrismaPg } = await import("@prisma/adapter-pg");
    const client = makeClient(new PrismaPg({ connectionString: database.url }));
    return { client, close: () => client.$disconnect(), connection: { kind: "postgres", url: database.url } };
  }
  acquirePgliteLock(database.dir);
  const pglite = await openPglite(database.dir);
  return { client: await clientOnPglite(pglite), close: () => closePglite(pglite, database.dir), connection: { kind: "pglite", pglite } };
}

/**
 * Every PGlite of the app (server, migrations, tests), with the extensions the migrations need
 * and a smaller buffer cache than PostgreSQL's default 128 MB: PGlite's
 * memory never shrinks, and 128 MB of buffers cost a one-process server more than it gains
 * (a webhook writes a row and the worker reads it back while it is still cached).
 */
export async function openPglite(dir?: string): Promise<PGlite> {
  const { PGlite } = await import("@electric-sql/pglite");
  // pg_trgm backs the conversation search's indexes (migration 20261128060000).
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  return PGlite.create(dir, { startParams: [...PGlite.defaultStartParams, "-c", "shared_buffers=8MB"], extensions: { pg_trgm } });
}

export async function clientOnPglite(pglite: PGlite): Promise<Db> {
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  return makeClient(new PrismaPGlite(pglite));
}

async function closePglite(pglite: PGlite, dir: string) {
  await pglite.close();
  releasePgliteLock(dir);
}
