import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["{lib,i18n,scripts,components}/**/*.test.{ts,tsx}", "e2e/meta-stand-in/**/*.test.ts"],
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // A fixed key for secrets at rest, so that no test writes one under ./data.
    env: { LOG_LEVEL: "silent", AUTH_SECRET: "unit-tests-auth-secret-0123456789abcdef" },
  },
});
