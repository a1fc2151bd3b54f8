// npm run db:deploy — applies pending migrations to the configured database.
import { env, EnvError } from "@/lib/env";
import { migrateDatabase } from "@/lib/migrations/migrate-database";

try {
  env();
  const applied = await migrateDatabase();
  console.log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database is up to date.");
} catch (error) {
  console.error(error instanceof EnvError ? error.message : `Migrating failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
