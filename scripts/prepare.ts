// Runs before the server (npm start / npm run dev): validate env, create the data folder and
// AUTH_SECRET, apply pending migrations. Seeding happens in the server (instrumentation-node.ts).
import fs from "node:fs";
import { authSecret } from "@/lib/auth/auth-secret";
import { env, EnvError } from "@/lib/env";
import { migrateDatabase } from "@/lib/migrations/migrate-database";

try {
  const { DATA_DIR, STORAGE_DIR } = env();
  fs.mkdirSync(DATA_DIR, { recursive: true });
  fs.mkdirSync(STORAGE_DIR, { recursive: true });
  authSecret();
  const applied = await migrateDatabase();
  console.log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database is up to date.");
} catch (error) {
  console.error(error instanceof EnvError ? error.message : `Start-up failed: ${(error as Error).message}`);
  process.exit(1);
}
