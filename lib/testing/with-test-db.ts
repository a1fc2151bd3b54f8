import { afterAll, beforeAll, beforeEach } from "vitest";
import { clientOnPglite, closeDb, db, setDbForTests } from "@/lib/db";
import { migratedPglite } from "@/lib/testing/migrated-pglite";

/**
 * Unit tests run against a real (in-memory) PostgreSQL: PGlite with the project's migrations.
 * Tables are emptied before each test.
 */
export function withTestDb() {
  beforeAll(async () => {
    const pglite = await migratedPglite();
    setDbForTests(await clientOnPglite(pglite), () => pglite.close());
  });
  beforeEach(async () => {
    const client = await db();
    await client.$executeRawUnsafe(`TRUNCATE "AccountUser", "Account", "User", "FailedLogin" RESTART IDENTITY CASCADE`);
  });
  afterAll(() => closeDb());
}
