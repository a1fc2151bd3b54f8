import { acquirePgliteLock, releasePgliteLock } from "@/lib/db-lock";
import { env } from "@/lib/env";
import { applyMigrations } from "@/lib/migrations/apply-migrations";

// Any number on which every instance agrees: the advisory lock that lets one of them migrate.
const MIGRATION_LOCK = 7_273_269;

/** Migrates the configured database (before the server opens it). Returns the applied names. */
export async function migrateDatabase(): Promise<string[]> {
  const { database } = env();
  if (database.kind === "pglite") {
    acquirePgliteLock(database.dir);
    const { openPglite } = await import("@/lib/db");
    const pglite = await openPglite(database.dir);
    try {
      return await applyMigrations(pglite);
    } finally {
      await pglite.close();
      releasePgliteLock(database.dir);
    }
  }
  const { Client } = await import("pg");
  const client = new Client({ connectionString: database.url });
  await client.connect();
  try {
    // Several instances starting at once: one migrates, the others wait and find nothing to do.
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
    return await applyMigrations({
      exec: (sql) => client.query(sql),
      query: async <T>(sql: string, params?: unknown[]) => ({ rows: (await client.query(sql, params)).rows as T[] }),
    });
  } finally {
    await client.end();
  }
}
