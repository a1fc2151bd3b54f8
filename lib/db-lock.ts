import fs from "node:fs";
import path from "node:path";

/**
 * PGlite has no lock of its own: a second process could open the folder while the server
 * writes to it and corrupt it. One lock file holding the owner's PID guards it; a lock whose
 * process is gone is stale and taken over.
 */
export function acquirePgliteLock(dir: string): void {
  const lockFile = `${path.resolve(/*turbopackIgnore: true*/ dir)}.lock`;
  fs.mkdirSync(path.dirname(lockFile), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: "wx" });
      const release = () => releasePgliteLock(dir);
      process.once("exit", release);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number(fs.readFileSync(lockFile, "utf8"));
      if (owner && owner !== process.pid && isAlive(owner)) {
        throw new Error(
          `The embedded database ${dir} is in use by process ${owner}. Stop the running ` +
            `server first (PGlite allows one process), or use PostgreSQL for several processes.`,
        );
      }
      if (owner === process.pid) return;
      fs.rmSync(lockFile, { force: true });
    }
  }
}

export function releasePgliteLock(dir: string): void {
  const lockFile = `${path.resolve(/*turbopackIgnore: true*/ dir)}.lock`;
  try {
    if (Number(fs.readFileSync(lockFile, "utf8")) === process.pid) fs.rmSync(lockFile);
  } catch {
    // already gone
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
