import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

// Worker processes on PostgreSQL (TEST_POSTGRES_URL, which scripts/test-all.sh starts): each
// test file gets a scratch database of its own, dropped at the end.
const { adminUrl, scratchUrl, scratchName } = vi.hoisted(() => {
  const admin = process.env.TEST_POSTGRES_URL;
  if (!admin && process.env.CI) throw new Error("TEST_POSTGRES_URL must be set in CI (scripts/test-all.sh sets it)");
  const name = `switchboard_workers_${Date.now().toString(36)}`;
  const url = admin ? Object.assign(new URL(admin), { pathname: `/${name}` }).toString() : undefined;
  if (url) process.env.DATABASE_URL = url;
  return { adminUrl: admin, scratchUrl: url, scratchName: name };
});

const { closeDb, db } = await import("@/lib/db");
const { configureQueues, queue, QUEUES, stopQueue } = await import("@/lib/jobs/queue");
const { migrateDatabase } = await import("@/lib/migrations/migrate-database");
const { anInstagramInbox } = await import("@/lib/testing/factories");
const { enqueueWebhookEvents } = await import("@/lib/webhooks/enqueue-webhook-events");
const payload = await import("@/lib/webhooks/testing/payloads");

const EVENTS = 2_000;
// Short leases, so that jobs of a killed worker come back within the test.
const SHORT_LEASE = { expireInSeconds: 5 };
configureQueues({ overrides: { [QUEUES.webhookEvents]: SHORT_LEASE }, supervise: false });

describe.runIf(adminUrl)("worker processes on PostgreSQL", () => {
  const workers: ChildProcess[] = [];

  beforeAll(async () => {
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${scratchName}`);
    await admin.end();
    await migrateDatabase();
  }, 60_000);

  beforeEach(async () => {
    const client = await db();
    await client.$executeRawUnsafe(`TRUNCATE "WebhookEvent", "Message", "Contact", "Conversation", "Inbox", "Account" RESTART IDENTITY CASCADE`);
  });

  afterAll(async () => {
    for (const worker of workers) worker.kill("SIGKILL");
    await stopQueue();
    await closeDb();
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${scratchName} WITH (FORCE)`);
    await admin.end();
  });

  function startWorkerProcess(): ChildProcess {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
      env: { ...process.env, DATABASE_URL: scratchUrl, LOG_LEVEL: "error" },
      stdio: ["ignore", "ignore", "inherit"],
    });
    workers.push(child);
    return child;
  }

  /** 2,000 stored and queued deliveries, one message each, from 50 customers. */
  async function storeEvents() {
    const { instagramUserId } = await anInstagramInbox();
    const client = await db();
    const rows = Array.from({ length: EVENTS }, (_, n) => ({
      body: Buffer.from(
        payload.notification(instagramUserId, [
          payload.customerMessage(instagramUserId, { mid: `mid-${n}-${randomBytes(4).toString("hex")}`, text: `message ${n}` }, { customer: `9100000000000${n % 50}` }),
        ]),
      ),
    }));
    const events = await client.webhookEvent.createManyAndReturn({ data: rows, select: { id: true, receivedAt: true } });
    // Workers set the queue's own lease when they start; jobs take the queue's lease when created.
    await (await queue()).updateQueue(QUEUES.webhookEvents, SHORT_LEASE);
    await enqueueWebhookEvents(events);
  }

  const processedCount = async () => (await db()).webhookEvent.count({ where: { status: "processed" } });

  async function until(condition: () => Promise<boolean>, timeoutMs: number) {
    const deadline = Date.now() + timeoutMs;
    while (!(await condition())) {
      if (Date.now() > deadline) throw new Error("timed out");
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async function expectEachEventAppliedOnce() {
    const client = await db();
    expect(await client.message.count()).toBe(EVENTS);
    const [{ distinct }] = await client.$queryRaw<[{ distinct: bigint }]>`SELECT count(DISTINCT mid) AS distinct FROM "Message"`;
    expect(Number(distinct)).toBe(EVENTS);
    // attempts counts every run of an event's handlers that got to the end: once each.
    expect(await client.webhookEvent.groupBy({ by: ["status", "attempts"], _count: true })).toEqual([{ status: "processed", attempts: 1, _count: EVENTS }]);
    expect(await client.conversation.count()).toBe(50);
  }

  it("two workers share 2,000 events: every one processed, none twice", async () => {
    await storeEvents();
    const [one, two] = [startWorkerProcess(), startWorkerProcess()];
    await until(async () => (await processedCount()) === EVENTS, 120_000);
    await expectEachEventAppliedOnce();
    // SIGTERM: running jobs finish, then the process exits 0.
    const exits = [one, two].map((child) => new Promise((resolve) => child.once("exit", (code) => resolve(code))));
    one.kill("SIGTERM");
    two.kill("SIGTERM");
    expect(await Promise.all(exits)).toEqual([0, 0]);
  }, 180_000);

  it("a worker killed with kill -9 mid-batch: its events are claimed again after their lease, each applied once", async () => {
    await storeEvents();
    const first = startWorkerProcess();
    await until(async () => (await processedCount()) >= 200, 120_000);
    first.kill("SIGKILL");
    await new Promise((resolve) => first.once("exit", resolve));
    const atKill = await processedCount();
    expect(atKill).toBeLessThan(EVENTS);
    const client = await db();
    const [{ active }] = await client.$queryRaw<[{ active: bigint }]>`SELECT count(*) AS active FROM pgboss.job WHERE name = ${QUEUES.webhookEvents} AND state = 'active'`;
    expect(Number(active)).toBeGreaterThan(0);
    startWorkerProcess();
    await until(async () => (await processedCount()) === EVENTS, 120_000);
    await expectEachEventAppliedOnce();
  }, 180_000);
});
