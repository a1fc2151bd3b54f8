import { describe, expect, it } from "vitest";
import { setDbForTests, type Db } from "@/lib/db";
import { checkHealth } from "@/lib/health/check-health";
import { withTestDb } from "@/lib/testing/with-test-db";

describe("checkHealth", () => {
  describe("with a working database", () => {
    withTestDb();
    it("reports ok", async () => {
      expect(await checkHealth()).toEqual({ status: "ok", database: "ok" });
    });
  });

  it("reports the database as down when a query fails", async () => {
    const broken = { $queryRaw: () => Promise.reject(new Error("connection refused")) } as unknown as Db;
    setDbForTests(broken, async () => {}, { kind: "postgres", url: "postgresql://unused@localhost/unused" });
    expect(await checkHealth()).toEqual({ status: "error", database: "error" });
  });
});
