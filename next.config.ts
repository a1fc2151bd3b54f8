import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const nextConfig: NextConfig = {
  // PGlite loads its WASM and data files by path; bundling it breaks that (docs/next-build-and-pglite.md).
  serverExternalPackages: ["@electric-sql/pglite", "pino", "@node-rs/argon2", "pg-boss"],
  experimental: { authInterrupts: true },
  poweredByHeader: false,
};

export default createNextIntlPlugin("./i18n/request.ts")(nextConfig);
