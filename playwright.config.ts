import { defineConfig, type PlaywrightTestConfig } from "@playwright/test";
import { E2E_PORT_OFFSET, INSTAGRAM_APP, INSTAGRAM_BASE_URL, STAND_IN_PORT, STAND_IN_URL } from "./e2e/support/instagram-app";

// Debian's Chromium (npx playwright install cannot download here), as root, on a closed network.
const launchOptions = {
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
};

type Server = NonNullable<Extract<PlaywrightTestConfig["webServer"], unknown[]>>[number];

// The "instagram" project's app talks to a local stand-in for Meta (e2e/meta-stand-in); the
// embedded project has no Meta at all.

function server(port: number, dataDir: string, databaseUrl?: string, extraEnv: Record<string, string> = {}): Server {
  return {
    command: "bash e2e/support/serve.sh",
    url: `http://localhost:${port}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    env: {
      PORT: String(port),
      APP_URL: `http://localhost:${port}`,
      DATA_DIR: dataDir,
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
      SUPER_ADMIN_EMAIL: "sam@switchboard.test",
      SUPER_ADMIN_PASSWORD: "e2e-password-1",
      LOG_LEVEL: "warn",
      // A fallback the settings form must show as "from environment".
      INSTAGRAM_APP_ID: "555000111",
      ...extraEnv,
    },
  };
}

const instagramEnv = {
  INSTAGRAM_APP_ID: INSTAGRAM_APP.id,
  INSTAGRAM_APP_SECRET: INSTAGRAM_APP.secret,
  INSTAGRAM_OAUTH_URL: STAND_IN_URL,
  INSTAGRAM_API_URL: STAND_IN_URL,
  INSTAGRAM_GRAPH_URL: STAND_IN_URL,
};
const ABUSE_PORT = 3103 + E2E_PORT_OFFSET;

// The PostgreSQL job runs when scripts/test-all.sh has started a throwaway cluster.
const postgresUrl = process.env.E2E_POSTGRES_URL;

export default defineConfig({
  testDir: "e2e",
  // Vitest owns *.test.ts (the stand-in's own unit tests live under e2e/ too).
  testMatch: /.*\.spec\.ts/,
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.E2E_JSON_REPORT ? [["list"], ["json", { outputFile: process.env.E2E_JSON_REPORT }]] : "list",
  use: { launchOptions, trace: "retain-on-failure", locale: "en-US", timezoneId: "UTC" },
  webServer: [
    server(3100 + E2E_PORT_OFFSET, "data-e2e"),
    {
      command: `node_modules/.bin/tsx e2e/meta-stand-in/cli.ts --port ${STAND_IN_PORT} --app-id ${INSTAGRAM_APP.id} --app-secret ${INSTAGRAM_APP.secret} --redirect-uri ${INSTAGRAM_BASE_URL}/instagram/callback --redirect-uri http://localhost:${ABUSE_PORT}/instagram/callback`,
      url: `${STAND_IN_URL}/__control/app`,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
    },
    server(Number(new URL(INSTAGRAM_BASE_URL).port), "data-e2e-ig", undefined, instagramEnv),
    // The abuse suite's own instance (e2e/abuse), so that its floods slow no other test down.
    server(ABUSE_PORT, "data-e2e-abuse", undefined, instagramEnv),
    ...(postgresUrl ? [server(3101 + E2E_PORT_OFFSET, "data-e2e-pg", postgresUrl)] : []),
  ],
  projects: [
    { name: "embedded", use: { baseURL: `http://localhost:${3100 + E2E_PORT_OFFSET}` }, metadata: { dataDir: "data-e2e" }, testIgnore: /(instagram|production|abuse)\/.*\.spec\.ts/ },
    { name: "abuse", use: { baseURL: `http://localhost:${ABUSE_PORT}` }, metadata: { dataDir: "data-e2e-abuse" }, testMatch: /abuse\/.*\.spec\.ts/ },
    {
      name: "instagram",
      use: { baseURL: INSTAGRAM_BASE_URL },
      metadata: { dataDir: "data-e2e-ig" },
      testMatch: /instagram\/.*\.spec\.ts/,
    },
    ...(postgresUrl
      ? [
          { name: "postgres", use: { baseURL: `http://localhost:${3101 + E2E_PORT_OFFSET}` }, metadata: { dataDir: "data-e2e-pg" }, testMatch: /auth\/.*\.spec\.ts/ },
          // Starts its own web instances and workers on a scratch database of that cluster.
          { name: "processes", testMatch: /production\/.*\.spec\.ts/ },
        ]
      : []),
  ],
});
