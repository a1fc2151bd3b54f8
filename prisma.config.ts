// Prisma 7 CLI: used only to generate the client (it cannot migrate offline; see docs/next-build-and-pglite.md).
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: "postgresql://unused@localhost/unused" },
});
