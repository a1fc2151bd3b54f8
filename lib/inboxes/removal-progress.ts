/** How far an inbox's removal has come, from 0 to 1 (0 until its job has counted what to delete). */
export function removalProgress({ removalTotal, removalDone }: { removalTotal: number | null; removalDone: number }): number {
  if (!removalTotal) return 0;
  return Math.min(1, removalDone / removalTotal);
}
