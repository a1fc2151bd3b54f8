import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import { cpuSeconds, descendants, rssKb } from "./proc";
import { freePort, grace, onCleanup, ROOT, sleep, tail } from "./support";

export type App = {
  name: string;
  url: string;
  logFile: string;
  /** The server's processes (what `npm start` runs). */
  serverPids: () => number[];
  /** Peak resident memory of the server's process tree since it answered, in MB. */
  peakRssMb: () => number;
  /** CPU seconds the server's process tree used so far. */
  cpu: () => number;
  stop: () => Promise<void>;
};

// Variables of the app's contract: the bench sets them, the caller's shell does not leak in.
const CONTRACT = /^(DATABASE_URL|DATA_DIR|STORAGE_DIR|APP_URL|PORT|AUTH_SECRET|SUPER_ADMIN_.*|INSTAGRAM_.*|WORKER|LOG_LEVEL)$/;

/** `npm run build` unless a build is there. */
export function ensureBuild(): void {
  if (fs.existsSync(`${ROOT}/.next/BUILD_ID`)) return;
  console.log("No build found (.next/BUILD_ID): running npm run build first…");
  const result = spawnSync("npm", ["run", "--silent", "build"], { cwd: ROOT, stdio: "inherit" });
  if (result.status !== 0) throw new Error("npm run build failed");
}

/**
 * The app in production mode, exactly as `npm start` runs it (prepare, then scripts/server.mjs), on a
 * random free port, its output in `logFile`. Resolves once GET /api/health answers 200.
 */
export async function startApp(name: string, env: Record<string, string>, logFile: string): Promise<App> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !CONTRACT.test(key))) as NodeJS.ProcessEnv;
  const log = fs.openSync(logFile, "a");
  // Its own process group, so that a hung server can be killed with everything it started.
  const npm = spawn("npm", ["start"], {
    cwd: ROOT,
    env: { ...inherited, ...env, PORT: String(port), APP_URL: url },
    stdio: ["ignore", log, log],
    detached: true,
  });
  fs.closeSync(log);
  const exited = new Promise<void>((resolve) => npm.once("exit", () => resolve()));
  let running = true;
  void exited.then(() => (running = false));

  // The server is what npm started (`exec node` replaces the shell): everything under npm.
  const serverTree = () => descendants(npm.pid!);
  // Sampled once the server answers (not while `prepare` migrates): see the end of startApp.
  let peakKb = 0;
  let sampler: NodeJS.Timeout | undefined = undefined;

  const stop = async () => {
    clearInterval(sampler);
    if (!running) return;
    // SIGTERM to the server: it closes the queue and the database, then exits 0, and so does npm.
    for (const pid of serverTree()) process.kill(pid, "SIGTERM");
    const killed = await Promise.race([exited.then(() => false), grace(30_000).then(() => true)]);
    if (killed) {
      process.kill(-npm.pid!, "SIGKILL");
      await exited;
    }
  };
  onCleanup(stop);

  const deadline = Date.now() + 180_000;
  for (;;) {
    if (!running) throw new Error(`${name}: the app exited during start-up. ${logFile}:\n${tail(logFile)}`);
    if (Date.now() > deadline) throw new Error(`${name}: no healthy answer within 3 minutes. ${logFile}:\n${tail(logFile)}`);
    const healthy = await fetch(`${url}/api/health`).then((response) => response.ok, () => false);
    if (healthy) break;
    await sleep(200);
  }
  sampler = setInterval(() => {
    peakKb = Math.max(peakKb, serverTree().reduce((sum, pid) => sum + rssKb(pid), 0));
  }, 100);
  return {
    name,
    url,
    logFile,
    serverPids: serverTree,
    peakRssMb: () => peakKb / 1024,
    cpu: () => serverTree().reduce((sum, pid) => sum + cpuSeconds(pid), 0),
    stop,
  };
}

/** Warnings and errors the app logged (pino JSON lines), to show beside the figures. */
export function logSummary(logFile: string): { warnings: number; errors: number; first?: string } {
  const lines = fs.readFileSync(logFile, "utf8").split("\n");
  const level = (line: string) => Number(/"level":(\d+)/.exec(line)?.[1] ?? 0);
  const errors = lines.filter((line) => level(line) >= 50);
  const warnings = lines.filter((line) => level(line) === 40);
  const msg = (line: string | undefined) => (line ? /"msg":"([^"]*)"/.exec(line)?.[1] : undefined);
  return { warnings: warnings.length, errors: errors.length, first: msg(errors[0]) ?? msg(warnings[0]) };
}
