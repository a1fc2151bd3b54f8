import type { PGlite } from "@electric-sql/pglite";
import { openPglite } from "@/lib/db";
import { applyMigrations } from "@/lib/migrations/apply-migrations";

/** A PGlite database (in memory, or in `dir`) with every migration of prisma/migrations applied. */
export async function migratedPglite(dir?: string): Promise<PGlite> {
  const pglite = await openPglite(dir);
  await applyMigrations(pglite);
  return pglite;
}
