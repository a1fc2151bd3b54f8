/** Open live streams one user may hold in this process (a tab each; more is a leak or abuse). */
export const MAX_STREAMS_PER_USER = 10;

const open = new Map<number, number>();

/**
 * Takes one of the user's stream slots: a release function, or null when all are in use.
 * Counted per process, not across instances: each process's own memory and connections are
 * what a flood of streams would exhaust.
 */
export function takeStreamSlot(userId: number): (() => void) | null {
  const count = open.get(userId) ?? 0;
  if (count >= MAX_STREAMS_PER_USER) return null;
  open.set(userId, count + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const left = (open.get(userId) ?? 1) - 1;
    if (left > 0) open.set(userId, left);
    else open.delete(userId);
  };
}
