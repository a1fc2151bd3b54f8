/** The printed table: sections of rows, each figure beside its target with ✓ or ✗. */
export type Row = { label: string; value: string; target?: string; pass?: boolean };
export type Section = { title: string; rows: Row[] };

export const int = (value: number) => (Number.isFinite(value) ? Math.round(value).toLocaleString("en-US") : "n/a");
export const ms = (value: number) => (Number.isFinite(value) ? `${value < 10 ? value.toFixed(1) : Math.round(value).toLocaleString("en-US")} ms` : "n/a");
export const percent = (value: number) => (Number.isFinite(value) ? `${Math.round(value * 100)} %` : "n/a");
export const mb = (value: number) => `${Math.round(value)} MB`;

/** A row checked against a target: `atLeast` or `atMost`. */
export function checked(label: string, value: number, shown: string, target: { atLeast: number } | { atMost: number }, targetText: string): Row {
  const pass = Number.isFinite(value) && ("atLeast" in target ? value >= target.atLeast : value <= target.atMost);
  return { label, value: shown, target: targetText, pass };
}

export function printReport(title: string, sections: Section[], notes: string[]): void {
  const rows = sections.flatMap((section) => section.rows);
  const width = (pick: (row: Row) => string) => Math.max(...rows.map((row) => pick(row).length));
  const [labelWidth, valueWidth, targetWidth] = [width((r) => r.label), width((r) => r.value), width((r) => r.target ?? "")];
  const line = "─".repeat(labelWidth + valueWidth + targetWidth + 10);
  console.log(`\n${title}\n${line}`);
  for (const section of sections) {
    console.log(section.title);
    for (const row of section.rows) {
      const mark = row.pass === undefined ? "" : row.pass ? "✓" : "✗";
      const target = row.target ? `target ${row.target}` : "";
      console.log(`  ${row.label.padEnd(labelWidth)}  ${row.value.padStart(valueWidth)}  ${target.padEnd(targetWidth + 7)} ${mark}`.trimEnd());
    }
  }
  console.log(line);
  for (const note of notes) console.log(`• ${note}`);
}
