import fs from "node:fs";

// Process figures from /proc (Linux): the tree under a pid, its resident memory and CPU time.

function parentOf(pid: number): number | undefined {
  try {
    // The command name (2nd field) may contain spaces; the fields after it do not.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return undefined;
  }
}

/** Every live descendant of `root` (not root itself). */
export function descendants(root: number): number[] {
  const pids = fs.readdirSync("/proc").filter((name) => /^\d+$/.test(name)).map(Number);
  const children = new Map<number, number[]>();
  for (const pid of pids) {
    const parent = parentOf(pid);
    if (parent !== undefined) children.set(parent, [...(children.get(parent) ?? []), pid]);
  }
  const found: number[] = [];
  const visit = (pid: number) => {
    for (const child of children.get(pid) ?? []) {
      found.push(child);
      visit(child);
    }
  };
  visit(root);
  return found;
}

/** VmRSS in kB (0 once the process is gone). */
export function rssKb(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

const TICKS_PER_SECOND = 100;

/**
 * User + system CPU seconds used so far (0 once the process is gone); with `reaped`, plus those
 * of its children that have exited and been waited for.
 */
export function cpuSeconds(pid: number | "self", { reaped = false } = {}): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ").map(Number);
    const [utime, stime, cutime, cstime] = fields.slice(11, 15) as [number, number, number, number];
    return (utime + stime + (reaped ? cutime + cstime : 0)) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/** CPU seconds the whole machine spent busy so far, and those stolen by the hypervisor. */
export function machineCpu(): { busy: number; steal: number } {
  const line = fs.readFileSync("/proc/stat", "utf8").split("\n")[0]!;
  // cpu  user nice system idle iowait irq softirq steal ...
  const [user, nice, system, , , irq, softirq, steal] = line.split(/\s+/).slice(1).map(Number) as number[];
  return { busy: (user! + nice! + system! + irq! + softirq! + steal!) / TICKS_PER_SECOND, steal: steal! / TICKS_PER_SECOND };
}
