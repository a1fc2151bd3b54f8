import { afterAll, beforeAll, beforeEach } from "vitest";
import { clientOnPglite, closeDb, db, setDbForTests } from "@/lib/db";
import { stopQueue } from "@/lib/jobs/queue";
import { migratedPglite } from "@/lib/testing/migrated-pglite";

/**
 * Unit tests run against a real (in-memory) PostgreSQL: PGlite with the project's migrations.
 * Tables are emptied before each test.
 */
export function withTestDb() {
  beforeAll(async () => {
    const pglite = await migratedPglite();
    setDbForTests(await clientOnPglite(pglite), () => pglite.close(), { kind: "pglite", pglite });
  });
  beforeEach(async () => {
    const client = await db();
    const tables = await client.$queryRaw<{ name: string }[]>`
      SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
    await client.$executeRawUnsafe(`TRUNCATE ${tables.map((t) => `"${t.name}"`).join(", ")} RESTART IDENTITY CASCADE`);
  });
  afterAll(async () => {
    await stopQueue();
    await closeDb();
  });
}
