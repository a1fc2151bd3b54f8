import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { acquirePgliteLock, releasePgliteLock } from "@/lib/db-lock";

// The embedded database is one process's: a second process on the same folder must stop at
// once, saying why and what to use instead.
describe("the embedded database's lock", () => {
  const children: ChildProcess[] = [];
  const dir = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), "switchboard-lock-")), "pglite");
  afterEach(() => children.forEach((child) => child.kill("SIGKILL")));

  /** Another process holding the lock, as a running server would. */
  async function heldByAnotherProcess(database: string): Promise<ChildProcess> {
    const child = spawn(process.execPath, ["--import", "tsx", "-e", `import("@/lib/db-lock").then(({ acquirePgliteLock }) => { acquirePgliteLock(${JSON.stringify(database)}); console.log("locked"); setInterval(() => {}, 1000); })`], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    children.push(child);
    await new Promise<void>((resolve) => child.stdout!.on("data", (chunk: Buffer) => chunk.toString().includes("locked") && resolve()));
    return child;
  }

  it("refuses a second process, pointing to PostgreSQL", async () => {
    const database = dir();
    const owner = await heldByAnotherProcess(database);
    expect(() => acquirePgliteLock(database)).toThrow(new RegExp(`in use by process ${owner.pid}.*use PostgreSQL for several processes`));
  });

  it("takes over the lock of a process that is gone", () => {
    const database = dir();
    const gone = spawnSync(process.execPath, ["-e", "console.log(process.pid)"], { encoding: "utf8" });
    fs.writeFileSync(`${database}.lock`, gone.stdout.trim());
    acquirePgliteLock(database);
    expect(fs.readFileSync(`${database}.lock`, "utf8")).toBe(String(process.pid));
    releasePgliteLock(database);
    expect(fs.existsSync(`${database}.lock`)).toBe(false);
  });

  it("npm run worker on a folder the server uses exits at once with that message", async () => {
    const dataDir = path.dirname(dir());
    await heldByAnotherProcess(path.join(dataDir, "pglite"));
    const started = Date.now();
    const worker = spawnSync(process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "", LOG_LEVEL: "error" },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(worker.status).toBe(1);
    expect(worker.stderr).toMatch(/is in use by process \d+.*use PostgreSQL for several processes/s);
    expect(Date.now() - started).toBeLessThan(30_000);
  }, 60_000);
});
