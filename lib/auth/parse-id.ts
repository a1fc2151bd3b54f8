/** A route segment as a database id, or null: "12abc", "-1" and ids beyond int4 are not ids. */
export function parseId(segment: string): number | null {
  if (!/^[1-9]\d{0,9}$/.test(segment)) return null;
  const id = Number(segment);
  return id <= 2_147_483_647 ? id : null;
}
