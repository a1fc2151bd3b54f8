// Runs before the server (npm start / npm run dev): validate env, create the data folder and
// AUTH_SECRET, apply pending migrations. Seeding happens in the server (instrumentation-node.ts).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { authSecret } from "@/lib/auth/auth-secret";
import { env, EnvError } from "@/lib/env";

try {
  const { DATA_DIR, STORAGE_DIR } = env();
  fs.mkdirSync(DATA_DIR, { recursive: true });
  fs.mkdirSync(STORAGE_DIR, { recursive: true });
  authSecret();
} catch (error) {
  if (!(error instanceof EnvError)) throw error;
  console.error(error.message);
  process.exit(1);
}

const migrate = spawnSync("bash", ["scripts/db.sh", "deploy"], { stdio: ["ignore", "pipe", "inherit"], encoding: "utf8" });
if (migrate.status !== 0) {
  process.stdout.write(migrate.stdout ?? "");
  console.error("Database migrations failed; the server was not started.");
  process.exit(migrate.status ?? 1);
}
const applied = /(\d+) migrations? (?:found|applied)/.exec(migrate.stdout);
console.log(/No pending migrations/.test(migrate.stdout) ? "Database is up to date." : `Database migrated. ${applied?.[0] ?? ""}`.trim());
