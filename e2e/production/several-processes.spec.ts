import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import { startMetaStandIn, type MetaStandIn } from "../meta-stand-in/server";
import { standIn } from "../meta-stand-in/control";
import { expect, signInOn, test } from "../support/fixtures";
import { people, type Seeded } from "../support/seed-data";
import { customerText, signedDelivery } from "../support/webhooks";

// README "Running in production": two web instances (WORKER=off) and two workers on one
// PostgreSQL database, as an operator runs them, with a Meta stand-in of their own. The
// "processes" project runs this file only when scripts/test-all.sh has started PostgreSQL.

test.describe.configure({ mode: "serial", timeout: 240_000 });

const ADMIN_URL = process.env.E2E_POSTGRES_URL!;
const DATABASE = `switchboard_e2e_processes_${Date.now().toString(36)}`;
const databaseUrl = Object.assign(new URL(ADMIN_URL), { pathname: `/${DATABASE}` }).toString();
const SECRET = randomBytes(16).toString("hex");
// Seeded by e2e/support/seed.ts: connected 55 days ago, its token due for refresh.
const DORMANT_IG = "17841400000000077";
const EVENTS = 2_000;

type Proc = { name: string; child: ChildProcess; exited: Promise<number | null>; log: string };
const processes: Proc[] = [];
let meta: MetaStandIn;
let dataDir: string;
let web: { a: string; b: string };

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

function environment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    NODE_ENV: "production",
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? "",
    DATABASE_URL: databaseUrl,
    DATA_DIR: dataDir,
    AUTH_SECRET: "e2e-processes-auth-secret-0123456789abcdef",
    SUPER_ADMIN_EMAIL: "root@processes.test",
    SUPER_ADMIN_PASSWORD: "processes-password-1",
    INSTAGRAM_APP_ID: "880000000000009",
    INSTAGRAM_APP_SECRET: SECRET,
    INSTAGRAM_OAUTH_URL: meta.url,
    INSTAGRAM_API_URL: meta.url,
    INSTAGRAM_GRAPH_URL: meta.url,
    LOG_LEVEL: "warn",
    ...extra,
  };
}

function run(name: string, command: string, args: string[], env: NodeJS.ProcessEnv): Proc {
  const log = path.join(dataDir, `${name}.log`);
  const out = fs.openSync(log, "a");
  const child = spawn(command, args, { env, stdio: ["ignore", out, out] });
  fs.closeSync(out);
  const proc = { name, child, log, exited: new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code))) };
  processes.push(proc);
  return proc;
}

async function finished(proc: Proc) {
  const code = await proc.exited;
  if (code !== 0) throw new Error(`${proc.name} exited with ${code}:\n${fs.readFileSync(proc.log, "utf8").slice(-2000)}`);
}

async function webInstance(name: string): Promise<string> {
  const port = await freePort();
  const url = `http://localhost:${port}`;
  const proc = run(name, "bash", ["scripts/server.sh"], environment({ PORT: String(port), APP_URL: url, WORKER: "off" }));
  await expect(async () => {
    if (proc.child.exitCode !== null) throw new Error(`${name} exited: ${fs.readFileSync(proc.log, "utf8").slice(-2000)}`);
    expect((await fetch(`${url}/api/health`)).ok).toBe(true);
  }).toPass({ timeout: 120_000, intervals: [250] });
  return url;
}

// Node itself, not the tsx launcher: killing a launcher would leave its node child running.
const worker = (name: string) => run(name, process.execPath, ["--import", "tsx", "scripts/worker.ts"], environment());

async function stop(proc: Proc): Promise<number | null> {
  proc.child.kill("SIGTERM");
  return proc.exited;
}

async function query<T>(sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(sql, values)).rows as T[];
  } finally {
    await client.end();
  }
}

test.beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "switchboard-e2e-processes-"));
  meta = await startMetaStandIn({ port: 0 });
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${DATABASE}`);
  await admin.end();
  // Migrations once, as an upgrade does, then the e2e people.
  await finished(run("prepare", "node_modules/.bin/tsx", ["scripts/prepare.ts"], environment()));
  await finished(run("seed", "node_modules/.bin/tsx", ["e2e/support/seed.ts"], environment()));
  const [a, b] = await Promise.all([webInstance("web-a"), webInstance("web-b")]);
  web = { a, b };
  worker("worker-1");
  worker("worker-2");
});

test.afterAll(async () => {
  for (const proc of processes) proc.child.kill("SIGKILL");
  await Promise.all(processes.map((proc) => proc.exited));
  await meta?.close();
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  await admin.end();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

test("two workers starting together refresh a due token once", async () => {
  await expect(async () => {
    const [channel] = await query<{ flagged: boolean }>(`SELECT "reauthorizationRequired" AS flagged FROM "InstagramChannel" WHERE "instagramUserId" = $1`, [DORMANT_IG]);
    expect(channel?.flagged).toBe(true);
  }).toPass({ timeout: 60_000 });
  // Both workers have scanned by now (they scan as they start); a second refresh would show here.
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  expect(await standIn(meta.url).calls({ path: "/refresh_access_token" })).toHaveLength(1);
});

test("a message received through one instance appears live in a browser on the other", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: web.b });
  const page = await context.newPage();
  await signInOn(page, people.dormantAdmin.email);
  await page.goto(`/app/accounts/${dormantAccount()}/conversations`);
  await page.waitForLoadState("networkidle");
  const incoming = customerText(DORMANT_IG, `Through instance A ${Date.now()}`);
  const delivered = await fetch(`${web.a}/webhooks/instagram`, { method: "POST", ...signed(incoming.body) });
  expect(delivered.status).toBe(200);
  await expect(page.getByRole("navigation", { name: "Conversations" }).getByText(incoming.text)).toBeVisible({ timeout: 15_000 });
  await context.close();
});

test("2,000 webhooks over both instances, a worker and an instance stopped mid-load: each message stored once", async () => {
  const started = Date.now();
  const mids = Array.from({ length: EVENTS }, (_, n) => `processes-${n}-${randomBytes(3).toString("hex")}`);
  let next = 0;
  let instanceStopped = false;
  let retriedElsewhere = 0;
  const stops: Promise<void>[] = [];

  // What Meta and a load balancer do together: a delivery that was not answered 200 is sent
  // again, here to the other instance.
  async function sendOne(n: number) {
    const body = customerText(DORMANT_IG, `load ${n}`, { mid: mids[n], customer: `9300000000000${n % 40}` }).body;
    const targets = instanceStopped ? [web.b] : n % 2 === 0 ? [web.a, web.b] : [web.b, web.a];
    for (let attempt = 0; attempt < 20; attempt++) {
      const target = targets[attempt % targets.length]!;
      const status = await fetch(`${target}/webhooks/instagram`, { method: "POST", ...signed(body) }).then((r) => r.status, () => 0);
      if (status === 200) return;
      if (target === web.a) retriedElsewhere += 1;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`delivery ${n} was never accepted`);
  }

  async function sender() {
    while (next < EVENTS) {
      const n = next++;
      if (n === 500) stops.push(stopAndReplaceWorker());
      if (n === 1_000) stops.push(stopInstanceA());
      await sendOne(n);
    }
  }

  async function stopAndReplaceWorker() {
    expect(await stop(processes.find((proc) => proc.name === "worker-1")!)).toBe(0);
    worker("worker-3");
  }

  async function stopInstanceA() {
    const code = await stop(processes.find((proc) => proc.name === "web-a")!);
    instanceStopped = true;
    expect(code).toBe(0);
  }

  await Promise.all(Array.from({ length: 16 }, sender));
  await Promise.all(stops);
  const accepted = Date.now();

  const stored = async () =>
    (await query<{ messages: string; distinct: string }>(`SELECT count(*) AS messages, count(DISTINCT mid) AS distinct FROM "Message" WHERE mid = ANY($1)`, [mids]))[0]!;
  await expect(async () => expect(Number((await stored()).messages)).toBe(EVENTS)).toPass({ timeout: 120_000, intervals: [500] });
  const processed = Date.now();
  expect(await stored()).toEqual({ messages: String(EVENTS), distinct: String(EVENTS) });
  const unfinished = await query<{ status: string; count: string }>(`SELECT status, count(*) FROM "WebhookEvent" WHERE status <> 'processed' GROUP BY status`);
  expect(unfinished).toEqual([]);
  const [{ events }] = (await query<{ events: string }>(`SELECT count(*) AS events FROM "WebhookEvent"`)) as [{ events: string }];
  console.log(
    `several processes: ${EVENTS} deliveries accepted in ${((accepted - started) / 1000).toFixed(1)} s, all processed after ${((processed - started) / 1000).toFixed(1)} s; ` +
      `${events} webhook events stored (deliveries sent again after instance A stopped: ${retriedElsewhere}), ${EVENTS} messages, 0 twice`,
  );
});

const signed = (body: string) => {
  const delivery = signedDelivery(body, SECRET);
  return { body: delivery.data, headers: delivery.headers };
};

function dormantAccount(): number {
  return (JSON.parse(fs.readFileSync(path.join(dataDir, "seed.json"), "utf8")) as Seeded).accounts.dormant;
}
