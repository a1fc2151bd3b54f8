import { spawn } from "node:child_process";
import fs from "node:fs";
import { cpuSeconds } from "./proc";
import { freePort, grace, onCleanup, ROOT, tail } from "./support";

/** bare-server.ts in its own process (like the app's server), on a fresh PGlite folder. */
export async function startBare(secret: string, dir: string, logFile: string): Promise<{ url: string; cpu: () => number; stop: () => Promise<void> }> {
  const port = await freePort();
  const log = fs.openSync(logFile, "a");
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/bench/bare-server.ts"], {
    cwd: ROOT,
    env: { ...process.env, BENCH_PORT: String(port), BENCH_SECRET: secret, BENCH_DIR: dir },
    stdio: ["ignore", "pipe", log],
  });
  fs.closeSync(log);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGTERM");
    await Promise.race([exited, grace(15_000).then(() => child.kill("SIGKILL"))]);
  };
  onCleanup(stop);
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => chunk.toString().includes("ready") && resolve());
    void exited.then(() => reject(new Error(`the bare server exited during start-up:\n${tail(logFile)}`)));
  });
  return { url: `http://127.0.0.1:${port}/webhooks/instagram`, cpu: () => cpuSeconds(child.pid!), stop };
}
