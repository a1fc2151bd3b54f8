import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { cpuSeconds, descendants } from "./proc";
import { freePort, onCleanup, tempDir } from "./support";

/**
 * A throwaway PostgreSQL cluster on a free port in a temporary folder, as scripts/test-all.sh
 * starts one (as root, the server binaries run as the postgres user). Removed by cleanUp().
 */
export async function startPostgres(database: string): Promise<{ url: string; version: string; cpu: () => number }> {
  const versions = fs.existsSync("/usr/lib/postgresql") ? fs.readdirSync("/usr/lib/postgresql") : [];
  const version = versions.sort((a, b) => Number(a) - Number(b)).at(-1);
  const bin = `/usr/lib/postgresql/${version}/bin`;
  if (!version || !fs.existsSync(`${bin}/initdb`)) throw new Error("PostgreSQL server binaries not found (apt-get install postgresql)");

  const root = process.getuid?.() === 0;
  const run = (command: string, args: string[]) =>
    execFileSync(root ? "runuser" : `${bin}/${command}`, root ? ["-u", "postgres", "--", `${bin}/${command}`, ...args] : args, { stdio: "pipe" });
  const dir = tempDir("pg");
  if (root) execFileSync("chown", ["postgres", dir]);
  const port = await freePort();

  run("initdb", ["-D", `${dir}/data`, "-A", "trust", "-U", "postgres"]);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c timezone=UTC`;
  run("pg_ctl", ["-D", `${dir}/data`, "-l", `${dir}/log`, "-w", "-o", options, "start"]);
  // Registered after the folder's removal, so it runs first: stop the server, then remove.
  onCleanup(() => void run("pg_ctl", ["-D", `${dir}/data`, "-m", "fast", "-w", "stop"]));
  run("createdb", ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", database]);
  // CPU the cluster used so far: the postmaster, its live backends and the exited ones.
  const cpu = () => {
    const postmaster = Number(fs.readFileSync(`${dir}/data/postmaster.pid`, "utf8").split("\n")[0]);
    return cpuSeconds(postmaster, { reaped: true }) + descendants(postmaster).reduce((sum, pid) => sum + cpuSeconds(pid), 0);
  };
  return { url: `postgresql://postgres@127.0.0.1:${port}/${database}`, version, cpu };
}
