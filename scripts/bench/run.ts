// npm run bench: webhook intake, latency at a fixed rate, processing and memory, from one run on
// this machine, each figure beside its target. See README "Benchmark".
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import { ensureBuild, logSummary, startApp } from "./app";
import { startBare } from "./bare";
import { appDatabase, CONVERSATIONS, measureInboxQueries, MESSAGES, summarize, type InboxQueryResult } from "./inbox-queries";
import { delivery } from "./deliveries";
import { closedLoop, openLoop, percentile, type LoadResult } from "./load";
import { startPostgres } from "./postgres";
import { cpuSeconds, machineCpu } from "./proc";
import { lagFigures, measureProcessing, type ProcessingResult } from "./processing";
import { checked, int, mb, ms, percent, printReport, type Row, type Section } from "./report";
import { cleanUp, freePort, ROOT, tempDir } from "./support";

const CONNECTIONS = 64;
const INTAKE_SECONDS = 10;
const WARM_UP_SECONDS = 5;
const FIXED_RATE = 500;
const FIXED_RATE_SECONDS = 10;
const LAG_RATE = 100;
const LAG_SECONDS = 10;
const BURST_SECONDS = 10;

const TARGETS = { liveP95: 2000, intakeRatio: 0.6, p99AtRate: 20, processedPerSecond: 1000, lagP95: 1000, rssMb: 300, listP95: 50, searchP95: 150, threadP95: 80 };

const secret = randomBytes(16).toString("hex");
const started = Date.now();
const step = (text: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${text}`);

/** The app's environment in every run: our secret, quiet logs, and never Meta itself. */
async function appEnv(extra: Record<string, string>): Promise<Record<string, string>> {
  return {
    AUTH_SECRET: randomBytes(24).toString("hex"),
    INSTAGRAM_APP_SECRET: secret,
    // Nobody listens there: a profile lookup could never reach the real Graph API.
    INSTAGRAM_GRAPH_URL: `http://127.0.0.1:${await freePort()}`,
    SUPER_ADMIN_EMAIL: "bench@switchboard.test",
    SUPER_ADMIN_PASSWORD: randomBytes(12).toString("hex"),
    LOG_LEVEL: "warn",
    ...extra,
  };
}

/** Seeds a fresh database through the app's own client and times the inbox's queries. */
async function inboxQueries(target: { pgliteDir: string } | { url: string }): Promise<InboxQueryResult> {
  const database = await appDatabase(target);
  try {
    return await measureInboxQueries(database);
  } finally {
    await database.close();
  }
}

async function warmUp(url: string): Promise<void> {
  const result = await closedLoop({ url, seconds: WARM_UP_SECONDS, connections: 16, make: (n) => delivery(secret, "warm", n) });
  if (result.ok === 0) throw new Error(`no delivery accepted during warm-up at ${url}: ${JSON.stringify(result.failed)}`);
}

const rate = (load: LoadResult) => load.ok / load.seconds;
const summary = (load: LoadResult) =>
  `${int(load.ok)} accepted in ${load.seconds.toFixed(1)} s (${int(rate(load))}/s), p50 ${ms(percentile(load.latencies, 50))}, p99 ${ms(percentile(load.latencies, 99))}`;
const failedCount = (load: LoadResult) => Object.values(load.failed).reduce((sum, count) => sum + count, 0);
const failures = (name: string, load: LoadResult) =>
  Object.keys(load.failed).length > 0 ? [`${name}: answers other than 200 (status or error: count): ${JSON.stringify(load.failed)}`] : [];

async function main() {
  ensureBuild();
  const work = tempDir("run");
  const machineBefore = machineCpu();
  const ownBefore = cpuSeconds("self", { reaped: true });
  step(`load average before the run: ${os.loadavg().map((load) => load.toFixed(2)).join(" ")}`);

  step("intake: app on the embedded database, WORKER=off");
  const intakeApp = await startApp("embedded, WORKER=off", await appEnv({ DATA_DIR: `${work}/intake`, WORKER: "off" }), `${work}/intake.log`);
  const webhookUrl = `${intakeApp.url}/webhooks/instagram`;
  await warmUp(webhookUrl);
  const appCpuBefore = intakeApp.cpu();
  const appIntake = await closedLoop({ url: webhookUrl, seconds: INTAKE_SECONDS, connections: CONNECTIONS, make: (n) => delivery(secret, "intake", n) });
  const appCpuPerRequest = ((intakeApp.cpu() - appCpuBefore) * 1000) / appIntake.ok;
  step(`  ${summary(appIntake)}`);
  step(`latency at ${FIXED_RATE} events/s (open loop)`);
  const fixedRate = await openLoop({ url: webhookUrl, rate: FIXED_RATE, seconds: FIXED_RATE_SECONDS, make: (n) => delivery(secret, "rate", n) });
  step(`  ${summary(fixedRate)}`);
  await intakeApp.stop();

  step("intake: bare node:http server (HMAC + one INSERT into PGlite)");
  const bare = await startBare(secret, `${work}/bare`, `${work}/bare.log`);
  await warmUp(bare.url);
  const bareCpuBefore = bare.cpu();
  const bareIntake = await closedLoop({ url: bare.url, seconds: INTAKE_SECONDS, connections: CONNECTIONS, make: (n) => delivery(secret, "intake", n) });
  const bareCpuPerRequest = ((bare.cpu() - bareCpuBefore) * 1000) / bareIntake.ok;
  step(`  ${summary(bareIntake)}`);
  await bare.stop();

  const settings = { secret, lagRate: LAG_RATE, lagSeconds: LAG_SECONDS, burstSeconds: BURST_SECONDS, connections: CONNECTIONS };
  step("processing on the embedded database, WORKER=inline");
  const embedded = await measureProcessing(
    "embedded, WORKER=inline",
    { pgliteDir: `${work}/embedded/pglite` },
    await appEnv({ DATA_DIR: `${work}/embedded` }),
    `${work}/embedded.log`,
    settings,
  );

  step("processing on PostgreSQL, WORKER=inline");
  const pg = await startPostgres("switchboard_bench");
  const postgres = await measureProcessing(
    `PostgreSQL ${pg.version}, WORKER=inline`,
    { url: pg.url },
    await appEnv({ DATA_DIR: `${work}/postgres`, DATABASE_URL: pg.url }),
    `${work}/postgres.log`,
    settings,
  );

  step(`inbox queries: ${int(CONVERSATIONS)} conversations, ${int(MESSAGES)} messages, on the embedded database`);
  const inboxEmbedded = await inboxQueries({ pgliteDir: `${work}/inbox/pglite` });
  step("inbox queries on PostgreSQL");
  const inboxCluster = await startPostgres("switchboard_inbox");
  const inboxPostgres = await inboxQueries({ url: inboxCluster.url });
  const postgresCpu = pg.cpu() + inboxCluster.cpu();
  step("done");
  // Everything the bench started has exited by now (and was waited for): the rest is other work.
  const machineAfter = machineCpu();
  const wallSeconds = (Date.now() - started) / 1000;
  const otherCpu = machineAfter.busy - machineBefore.busy - (cpuSeconds("self", { reaped: true }) - ownBefore) - postgresCpu;
  const capacity = wallSeconds * os.cpus().length;

  const intakeRow = (label: string, load: LoadResult): Row => ({
    label,
    value: `${int(rate(load))} req/s · p50 ${ms(percentile(load.latencies, 50))} · p99 ${ms(percentile(load.latencies, 99))}`,
  });
  const processingRows = (db: string, result: ProcessingResult, throughputTarget: boolean): Row[] => {
    const lag = lagFigures(result.lags);
    // The worker's own rate is the one left alone with a backlog; without a backlog it kept up
    // with intake, and the burst's rate is a lower bound.
    const alone = Number.isFinite(result.drainThroughput);
    const processed = alone ? result.drainThroughput : result.throughput;
    const label = `${db}: processed${alone ? ", worker draining a backlog" : ` (kept up with intake, ${int(rate(result.burstLoad))} req/s)`}`;
    const value = `${int(processed)} msg/s`;
    return [
      ...(alone ? [{ label: `${db}: processed during the burst (intake ${int(rate(result.burstLoad))} req/s)`, value: `${int(result.throughput)} msg/s` }] : []),
      throughputTarget
        ? checked(label, processed, value, { atLeast: TARGETS.processedPerSecond }, `≥ ${int(TARGETS.processedPerSecond)} msg/s`)
        : { label, value },
      { label: `${db}: lag p50 (at ${LAG_RATE} events/s)`, value: ms(lag.p50) },
      checked(`${db}: lag p95 (at ${LAG_RATE} events/s)`, lag.p95, ms(lag.p95), { atMost: TARGETS.lagP95 }, `≤ ${int(TARGETS.lagP95)} ms`),
      checked(
        `${db}: webhook → visible in an agent's open browser, p50 · p95`,
        percentile(result.liveLatencies, 95),
        `${ms(percentile(result.liveLatencies, 50))} · ${ms(percentile(result.liveLatencies, 95))}`,
        { atMost: TARGETS.liveP95 },
        `p95 ≤ ${int(TARGETS.liveP95)} ms`,
      ),
    ];
  };
  const queryRow = (label: string, times: number[], target: number): Row => {
    const { p50, p95 } = summarize(times);
    return checked(label, p95, `${ms(p50)} · ${ms(p95)}`, { atMost: target }, `p95 ≤ ${target} ms`);
  };
  const queryRows = (db: string, r: InboxQueryResult): Row[] => [
    queryRow(`${db}: list page, newest first (administrator)`, r.list, TARGETS.listP95),
    queryRow(`${db}: list page, assigned to me (agent)`, r.listAgent, TARGETS.listP95),
    queryRow(`${db}: search, a rare term`, r.search, TARGETS.searchP95),
    queryRow(`${db}: search, a common word`, r.searchCommon, TARGETS.searchP95),
    queryRow(`${db}: open a thread of 500 messages`, r.thread, TARGETS.threadP95),
  ];
  const rssRow = (label: string, peak: number) => checked(label, peak, mb(peak), { atMost: TARGETS.rssMb }, `≤ ${TARGETS.rssMb} MB`);

  const ratio = rate(appIntake) / rate(bareIntake);
  const sections: Section[] = [
    {
      title: `1. Intake on the embedded database (closed loop, ${CONNECTIONS} connections, ${INTAKE_SECONDS} s each)`,
      rows: [
        intakeRow("app: POST /webhooks/instagram (WORKER=off)", appIntake),
        intakeRow("bare node:http: HMAC + INSERT (PGlite)", bareIntake),
        checked("app / bare", ratio, percent(ratio), { atLeast: TARGETS.intakeRatio }, `≥ ${percent(TARGETS.intakeRatio)}`),
      ],
    },
    {
      title: `2. App intake at a fixed ${FIXED_RATE} events/s (open loop, ${FIXED_RATE_SECONDS} s, embedded, WORKER=off)`,
      rows: [
        { label: "p50", value: ms(percentile(fixedRate.latencies, 50)) },
        checked("p99", percentile(fixedRate.latencies, 99), ms(percentile(fixedRate.latencies, 99)), { atMost: TARGETS.p99AtRate }, `≤ ${TARGETS.p99AtRate} ms`),
        checked("not accepted (refused, reset, timed out, non-200)", failedCount(fixedRate), int(failedCount(fixedRate)), { atMost: 0 }, "0"),
      ],
    },
    {
      title: `3. Processing, worker inline (burst: closed loop ${CONNECTIONS} connections ${BURST_SECONDS} s; lag: open loop ${LAG_SECONDS} s)`,
      rows: [...processingRows("embedded", embedded, false), ...processingRows(`PostgreSQL ${pg.version}`, postgres, true)],
    },
    {
      title: "4. Server RSS, peak of the server's process tree",
      rows: [
        rssRow(`${intakeApp.name}: intake`, intakeApp.peakRssMb()),
        ...[embedded, postgres].flatMap((r) => [
          rssRow(`${r.app.name}: webhooks and the worker`, r.webhooksOnlyRssMb),
          rssRow(`${r.app.name}: then also an agent's pages, live`, r.app.peakRssMb()),
        ]),
      ],
    },
    {
      title: `5. Inbox queries on ${int(CONVERSATIONS)} conversations and ${int(MESSAGES)} messages (the app's functions through Prisma; p50 · p95)`,
      rows: [...queryRows("embedded", inboxEmbedded), ...queryRows(`PostgreSQL ${pg.version}`, inboxPostgres)],
    },
  ];

  const notes = [
    `server CPU per accepted delivery in the intake runs: app ${appCpuPerRequest.toFixed(2)} ms, bare ${bareCpuPerRequest.toFixed(2)} ms (one core = 1,000 ms/s)`,
    ...[embedded, postgres].map(
      (r) =>
        `${r.app.name}: burst ${int(r.burstStored)} of ${int(r.burstLoad.ok)} messages stored, lag run ${int(r.lags.length)} of ${int(r.lagLoad.ok)}; ` +
        `webhook events by status ${JSON.stringify(r.statuses)}`,
    ),
    ...failures("intake (app)", appIntake),
    ...failures("intake (bare)", bareIntake),
    ...failures(`fixed ${FIXED_RATE}/s`, fixedRate),
    ...[embedded, postgres].flatMap((r) => [...failures(`${r.app.name} lag`, r.lagLoad), ...failures(`${r.app.name} burst`, r.burstLoad)]),
    `inbox data seeded in ${Math.round(inboxEmbedded.seedSeconds)} s (embedded) and ${Math.round(inboxPostgres.seedSeconds)} s (PostgreSQL)`,
    ...[intakeApp, embedded.app, postgres.app].map((app) => {
      const log = logSummary(app.logFile);
      return `log of ${app.name}: ${log.errors} errors, ${log.warnings} warnings${log.first ? ` (first: "${log.first}")` : ""}`;
    }),
    `load generator in the bench process on the same ${os.cpus().length} cores; whole run ${Math.round(wallSeconds)} s`,
    `other processes on this machine used ${int(otherCpu)} CPU-s during the run (${percent(otherCpu / capacity)} of ${os.cpus().length} cores), ` +
      `hypervisor steal ${percent((machineAfter.steal - machineBefore.steal) / capacity)}` +
      (otherCpu / capacity > 0.1 ? " — ⚠ the machine was busy with other work: figures are lower than on a quiet machine" : ""),
  ];
  const build = `${ROOT}/.next/BUILD_ID`;
  const builtAt = fs.statSync(build).mtime.toISOString().slice(0, 16).replace("T", " ");
  const title = `Switchboard bench — ${os.cpus().length} CPUs, Node ${process.version}, build ${fs.readFileSync(build, "utf8").trim()} (${builtAt} UTC), ${new Date().toISOString()}`;
  printReport(title, sections, notes);
}

let interrupted = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\n${signal}: stopping the servers and removing temporary data…`);
    void cleanUp().finally(() => process.exit(130));
  });
}

try {
  await main();
  await cleanUp();
} catch (error) {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  await cleanUp();
  process.exit(1);
}
