// npm run sandbox: the app and a pretend Meta (e2e/meta-stand-in) side by side, so that a
// newcomer can click through connecting an Instagram account without a Meta app.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import { startMetaStandIn } from "../e2e/meta-stand-in/server";

const port = Number(process.env.PORT ?? 3000);
const appUrl = (process.env.APP_URL ?? `http://localhost:${port}`).replace(/\/+$/, "");
const metaPort = Number(process.env.SANDBOX_META_PORT ?? 3199);
const app = { appId: "100000000000001", appSecret: "sandbox0app0secret0not0for0production" };

const meta = await startMetaStandIn({
  port: metaPort,
  app: { ...app, redirectUris: [`${appUrl}/instagram/callback`], name: "Switchboard Sandbox" },
  seedUsers: true,
});

// Its own data folder: the sandbox never touches ./data.
const env = {
  ...process.env,
  PORT: String(port),
  APP_URL: appUrl,
  DATA_DIR: process.env.DATA_DIR ?? "./data-sandbox",
  INSTAGRAM_APP_ID: app.appId,
  INSTAGRAM_APP_SECRET: app.appSecret,
  INSTAGRAM_VERIFY_TOKEN: "sandbox-verify-token-0000000000",
  INSTAGRAM_OAUTH_URL: meta.url,
  INSTAGRAM_API_URL: meta.url,
  INSTAGRAM_GRAPH_URL: meta.url,
};

const run = (command: string, args: string[]) => {
  const result = spawnSync(command, args, { env, stdio: "inherit" });
  if (result.status !== 0) {
    void meta.close();
    process.exit(result.status ?? 1);
  }
};

if (!fs.existsSync(".next/BUILD_ID")) run("npm", ["run", "--silent", "build"]);
run("node_modules/.bin/tsx", ["scripts/prepare.ts"]);
run("node_modules/.bin/tsx", ["scripts/sandbox-seed.ts"]);

const server = spawn("bash", ["scripts/server.sh"], {
  env,
  stdio: "inherit",
});
console.log(
  [
    "",
    `Sandbox: Switchboard at ${appUrl}, a pretend Meta at ${meta.url}.`,
    `Sign in as the super admin, open Settings → Inboxes → Connect Instagram, press`,
    `Continue with Instagram, log in as @acme.bakery and press Allow.`,
    "",
  ].join("\n"),
);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill("SIGTERM"));
server.on("exit", (code) => void meta.close().finally(() => process.exit(code ?? 0)));
