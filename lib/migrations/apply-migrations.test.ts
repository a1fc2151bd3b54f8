import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openPglite } from "@/lib/db";
import { afterEach, describe, expect, it } from "vitest";
import { applyMigrations } from "@/lib/migrations/apply-migrations";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function migrationsDir(files: Record<string, string>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "migrations-"));
  dirs.push(dir);
  for (const [name, sql] of Object.entries(files)) {
    fs.mkdirSync(path.join(dir, name));
    fs.writeFileSync(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

describe("applyMigrations", () => {
  it("applies the project's migrations once, recorded as Prisma records them", async () => {
    const db = await openPglite();
    const first = await applyMigrations(db);
    expect(first.length).toBeGreaterThan(0);
    expect(await applyMigrations(db)).toEqual([]);
    const { rows } = await db.query<{ migration_name: string; checksum: string }>(`SELECT migration_name, checksum FROM "_prisma_migrations"`);
    expect(rows.map((row) => row.migration_name)).toEqual(first);
    expect(rows[0]!.checksum).toMatch(/^[0-9a-f]{64}$/);
    await db.close();
  });

  it("applies in name order and only what is pending", async () => {
    const db = await openPglite();
    const dir = migrationsDir({ "2_add": `INSERT INTO t VALUES (2);`, "1_create": `CREATE TABLE t (n int); INSERT INTO t VALUES (1);` });
    expect(await applyMigrations(db, dir)).toEqual(["1_create", "2_add"]);
    fs.mkdirSync(path.join(dir, "3_more"));
    fs.writeFileSync(path.join(dir, "3_more", "migration.sql"), "INSERT INTO t VALUES (3);");
    expect(await applyMigrations(db, dir)).toEqual(["3_more"]);
    expect((await db.query<{ n: number }>("SELECT n FROM t ORDER BY n")).rows.map((row) => row.n)).toEqual([1, 2, 3]);
    await db.close();
  });

  it("rolls a failing migration back completely and names it", async () => {
    const db = await openPglite();
    const dir = migrationsDir({ "1_ok": "CREATE TABLE t (n int);", "2_bad": "INSERT INTO t VALUES (1); SELECT * FROM missing_table;" });
    await expect(applyMigrations(db, dir)).rejects.toThrow(/Migration 2_bad failed/);
    expect((await db.query("SELECT * FROM t")).rows).toEqual([]);
    expect((await db.query<{ migration_name: string }>(`SELECT migration_name FROM "_prisma_migrations"`)).rows).toEqual([{ migration_name: "1_ok" }]);
    await db.close();
  });
});
