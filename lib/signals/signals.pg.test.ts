import { Client } from "pg";
import { afterAll, describe, expect, it, vi } from "vitest";

// Runs against the PostgreSQL server that scripts/test-all.sh starts (TEST_POSTGRES_URL).
const url = vi.hoisted(() => {
  const value = process.env.TEST_POSTGRES_URL;
  if (value) process.env.DATABASE_URL = value;
  else if (process.env.CI) throw new Error("TEST_POSTGRES_URL must be set in CI (scripts/test-all.sh sets it)");
  return value;
});

const { closeDb } = await import("@/lib/db");
const { closeSignals, publish, subscribe } = await import("@/lib/signals/signals");

/** Resolves with the next payload a handler receives on the channel. */
function nextSignal(): Promise<string | null> {
  return new Promise((resolve) => {
    const stop = subscribe("switchboard_settings", (payload) => {
      stop();
      resolve(payload);
    });
  });
}

describe.runIf(url)("signals between processes on PostgreSQL", () => {
  const other = new Client({ connectionString: url });

  afterAll(async () => {
    await closeSignals();
    await closeDb();
    await other.end().catch(() => {});
  });

  it("delivers a NOTIFY sent by another connection, as another process would", async () => {
    // The first subscription connects the listener and flushes caches (null) once connected.
    expect(await nextSignal()).toBeNull();
    await other.connect();
    const received = nextSignal();
    await other.query("SELECT pg_notify('switchboard_settings', 'from-another-process')");
    expect(await received).toBe("from-another-process");
  });

  it("publishes to every listener on the database", async () => {
    await other.query("LISTEN switchboard_settings");
    const seen = new Promise<string>((resolve) => other.once("notification", (message) => resolve(message.payload ?? "")));
    // Our own listener hears it too; waiting for it keeps it from arriving during the next test.
    const ownEcho = nextSignal();
    await publish("switchboard_settings", "saved");
    expect(await seen).toBe("saved");
    expect(await ownEcho).toBe("saved");
  });

  it("reconnects after losing its connection and tells handlers that signals may have been missed", async () => {
    const afterReconnect = nextSignal();
    await other.query(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN%' AND pid <> pg_backend_pid()",
    );
    expect(await afterReconnect).toBeNull();
    const received = nextSignal();
    await other.query("SELECT pg_notify('switchboard_settings', 'after-reconnect')");
    expect(await received).toBe("after-reconnect");
  });
});
