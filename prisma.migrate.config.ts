// Prisma 6.19 CLI with its WASM schema engine: applies and diffs migrations offline.
// scripts/db.sh sets PGLITE_DIR for the embedded database, DATABASE_URL for PostgreSQL.
import { defineConfig } from "prisma6/config";
import { PrismaPg } from "@prisma/adapter-pg"; // 7.10: 6.19's own adapter fails on type `name`

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.migrate.prisma",
  migrations: { path: "prisma/migrations" },
  adapter: async () => {
    const dir = process.env.PGLITE_DIR;
    if (dir) {
      const { acquirePgliteLock } = await import("./lib/db-lock");
      acquirePgliteLock(dir);
      const { PGlite } = await import("@electric-sql/pglite");
      const { PrismaPGlite } = await import("pglite-prisma-adapter");
      return new PrismaPGlite(new PGlite(dir));
    }
    return new PrismaPg({ connectionString: process.env.DATABASE_URL! });
  },
});
