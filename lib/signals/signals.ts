import { EventEmitter } from "node:events";
import type { Client } from "pg";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";

/**
 * Signals between processes: PostgreSQL LISTEN/NOTIFY when several processes share one
 * database, an in-process emitter on the embedded database (which only one process may open).
 * A handler also runs after the listener reconnects, with `null`, because signals sent while
 * it was away are lost: caches must then assume that everything changed.
 */
export type SignalChannel = "switchboard_settings" | "switchboard_conversations" | "switchboard_access";
type Handler = (payload: string | null) => void;

type State = { emitter: EventEmitter; listener?: Promise<void>; client?: Client; closed?: boolean };
const store = globalThis as typeof globalThis & { __switchboardSignals?: State };
const state = (store.__switchboardSignals ??= { emitter: new EventEmitter().setMaxListeners(0) });

export async function publish(channel: SignalChannel, payload = ""): Promise<void> {
  if (env().database.kind === "pglite") {
    state.emitter.emit(channel, payload);
    return;
  }
  const client = await db();
  await client.$executeRaw`SELECT pg_notify(${channel}, ${payload})`;
}

export function subscribe(channel: SignalChannel, handler: Handler): () => void {
  state.emitter.on(channel, handler);
  const { database } = env();
  if (database.kind === "postgres") state.listener ??= listen(database.url);
  return () => state.emitter.off(channel, handler);
}

/** Whether signals from every process reach this one right now (on PostgreSQL, once LISTEN is connected). */
export function signalsListening(): boolean {
  return env().database.kind === "pglite" || state.client !== undefined;
}

const CHANNELS: SignalChannel[] = ["switchboard_settings", "switchboard_conversations", "switchboard_access"];

async function listen(url: string): Promise<void> {
  const { Client } = await import("pg");
  let delay = 500;
  const connect = async (): Promise<void> => {
    if (state.closed) return;
    const client = new Client({ connectionString: url });
    let retrying = false;
    const retry = () => {
      if (retrying || state.closed) return;
      retrying = true;
      state.client = undefined;
      setTimeout(() => void connect(), delay).unref();
      delay = Math.min(delay * 2, 30_000);
    };
    client.on("notification", ({ channel, payload }) => state.emitter.emit(channel, payload ?? ""));
    client.on("error", (error) => logger.warn({ err: error }, "signal listener connection failed"));
    client.on("end", retry);
    try {
      await client.connect();
      for (const channel of CHANNELS) await client.query(`LISTEN ${channel}`);
      state.client = client;
      delay = 500;
      for (const channel of CHANNELS) state.emitter.emit(channel, null);
    } catch (error) {
      logger.warn({ err: error }, "signal listener could not connect; retrying");
      await client.end().catch(() => {});
      retry();
    }
  };
  await connect();
}

export async function closeSignals(): Promise<void> {
  state.closed = true;
  await state.client?.end().catch(() => {});
}
