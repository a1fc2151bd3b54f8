import path from "node:path";
import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/lib/env";

describe("parseEnv", () => {
  it("defaults to the embedded database under ./data and the documented local values", () => {
    const env = parseEnv({});
    expect(env.database).toEqual({ kind: "pglite", dir: path.resolve("data/pglite") });
    expect(env.APP_URL).toBe("http://localhost:3000");
    expect(env.PORT).toBe(3000);
    expect(env.WORKER).toBe("inline");
    expect(env.STORAGE_DIR).toBe(path.resolve("data/uploads"));
    expect(env.INSTAGRAM_GRAPH_URL).toBe("https://graph.instagram.com");
  });

  it("treats empty variables as unset", () => {
    expect(parseEnv({ DATABASE_URL: "", PORT: "" }).database.kind).toBe("pglite");
  });

  it("selects PostgreSQL for a postgresql:// or postgres:// URL", () => {
    const url = "postgresql://app:secret@db.internal:5432/switchboard";
    expect(parseEnv({ DATABASE_URL: url }).database).toEqual({ kind: "postgres", url });
    expect(parseEnv({ DATABASE_URL: "postgres://localhost/x" }).database.kind).toBe("postgres");
  });

  it("accepts file:<folder> for an embedded database elsewhere", () => {
    expect(parseEnv({ DATABASE_URL: "file:/tmp/sb" }).database).toEqual({ kind: "pglite", dir: "/tmp/sb" });
  });

  it.each([
    ["DATABASE_URL", { DATABASE_URL: "mysql://localhost/db" }],
    ["DATABASE_URL", { DATABASE_URL: "postgresql://" }],
    ["APP_URL", { APP_URL: "localhost:3000" }],
    ["PORT", { PORT: "70000" }],
    ["AUTH_SECRET", { AUTH_SECRET: "short" }],
    ["WORKER", { WORKER: "sometimes" }],
    ["INSTAGRAM_APP_ID", { INSTAGRAM_APP_ID: "12ab" }],
    ["SUPER_ADMIN_EMAIL", { SUPER_ADMIN_EMAIL: "not-an-email" }],
  ])("refuses a bad %s with a one-line message naming it", (name, source) => {
    let error: unknown;
    try {
      parseEnv(source);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(EnvError);
    expect((error as Error).message).toContain(name);
    expect((error as Error).message).not.toContain("\n");
  });

  it("strips a trailing slash from APP_URL so that derived URLs have one slash", () => {
    expect(parseEnv({ APP_URL: "https://inbox.example.com/" }).APP_URL).toBe("https://inbox.example.com");
  });
});
