import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";

/** A PGlite database (in memory, or in `dir`) with every migration of prisma/migrations applied. */
export async function migratedPglite(dir?: string): Promise<PGlite> {
  const pglite = await PGlite.create(dir);
  const root = path.resolve(import.meta.dirname, "../../prisma/migrations");
  const migrations = fs.readdirSync(root).filter((name) => fs.statSync(path.join(root, name)).isDirectory()).sort();
  for (const name of migrations) await pglite.exec(fs.readFileSync(path.join(root, name, "migration.sql"), "utf8"));
  return pglite;
}
