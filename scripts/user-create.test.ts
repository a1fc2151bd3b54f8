import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openPglite } from "@/lib/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migratedPglite } from "@/lib/testing/migrated-pglite";

let dataDir: string;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "user-create-"));
  await (await migratedPglite(path.join(dataDir, "pglite"))).close();
});
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

function userCreate(...args: string[]) {
  const result = spawnSync("node_modules/.bin/tsx", ["scripts/user-create.ts", ...args], {
    env: { NODE_ENV: "test", PATH: process.env.PATH ?? "", DATA_DIR: dataDir, LOG_LEVEL: "silent" },
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function query(sql: string) {
  const pglite = await openPglite(path.join(dataDir, "pglite"));
  try {
    return (await pglite.query(sql)).rows;
  } finally {
    await pglite.close();
  }
}

describe("npm run user:create", () => {
  it("creates a user, the named account when missing, and the membership", async () => {
    const run = userCreate("--email", "Agent@Example.test", "--password", "long enough", "--account", "Acme", "--role", "agent");
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Created user agent@example.test");
    expect(await query(`SELECT u.email, a.name, m.role FROM "AccountUser" m JOIN "User" u ON u.id = m."userId" JOIN "Account" a ON a.id = m."accountId"`)).toEqual([
      { email: "agent@example.test", name: "Acme", role: "agent" },
    ]);
  });

  it("creates a super admin", async () => {
    const run = userCreate("--email", "root@example.test", "--password", "long enough", "--super-admin");
    expect(run.status).toBe(0);
    expect(await query(`SELECT "superAdmin" FROM "User" WHERE email = 'root@example.test'`)).toEqual([{ superAdmin: true }]);
  });

  it.each([
    ["an invalid email", ["--email", "not-an-email", "--password", "long enough"], "--email is not a valid email address"],
    ["a short password", ["--email", "a@example.test", "--password", "short"], "--password must be at least 8 characters"],
    ["an unknown role", ["--email", "b@example.test", "--password", "long enough", "--account", "Acme", "--role", "owner"], "--role must be administrator or agent"],
    ["a taken email", ["--email", "AGENT@example.test", "--password", "long enough"], "a user with this email already exists"],
    ["a missing password", ["--email", "c@example.test"], "--password is required"],
    ["an unknown option", ["--email", "d@example.test", "--password", "long enough", "--admin"], "Unknown option '--admin'"],
  ])("exits non-zero with a clear message for %s", (_, args, message) => {
    const run = userCreate(...args);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(message);
  });
});
