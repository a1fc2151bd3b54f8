import http from "node:http";
import type { Delivery } from "./deliveries";
import { sleep } from "./support";

export type LoadResult = {
  /** requests answered 200 */
  ok: number;
  /** other answers by status, or by error code when there was no answer (e.g. ECONNRESET, TIMEOUT) */
  failed: Record<string, number>;
  /** per accepted request, ms: from sending (closed loop) or from its scheduled time (open loop) */
  latencies: number[];
  seconds: number;
};

type Options = {
  url: string;
  seconds: number;
  make: (n: number) => Delivery;
  /** called as each request goes out, with the wall-clock time (ms) */
  onSend?: (delivery: Delivery, sentAt: number) => void;
};

const REQUEST_TIMEOUT_MS = 30_000;

/** A keep-alive HTTP client for POSTing signed deliveries; resolves with the status, or the error code. */
function client(url: string, sockets: number) {
  const target = new URL(url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: sockets });
  const post = ({ body, signature }: Delivery) =>
    new Promise<number | string>((resolve) => {
      const request = http.request(
        {
          agent,
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: "POST",
          headers: { "Content-Type": "application/json", "Content-Length": body.byteLength, "X-Hub-Signature-256": signature },
        },
        (response) => {
          response.resume();
          response.once("end", () => resolve(response.statusCode ?? 0));
          response.once("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? "ERROR"));
        },
      );
      request.once("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? "ERROR"));
      // A request still unanswered after this counts as failed, so that a run stays bounded.
      request.setTimeout(REQUEST_TIMEOUT_MS, () => request.destroy(Object.assign(new Error("timeout"), { code: "TIMEOUT" })));
      request.end(body);
    });
  return { post, close: () => agent.destroy() };
}

function newResult(): LoadResult & { record: (status: number | string, ms: number) => void } {
  const result: LoadResult = { ok: 0, failed: {}, latencies: [], seconds: 0 };
  const record = (status: number | string, ms: number) => {
    if (status !== 200) {
      result.failed[status] = (result.failed[status] ?? 0) + 1;
      return;
    }
    result.ok++;
    result.latencies.push(ms);
  };
  return Object.assign(result, { record });
}

/** Closed loop: `connections` senders, each sending its next request as soon as one is answered. */
export async function closedLoop({ url, seconds, make, onSend, connections }: Options & { connections: number }): Promise<LoadResult> {
  const { post, close } = client(url, connections);
  const result = newResult();
  let n = 0;
  const started = performance.now();
  const end = started + seconds * 1000;
  const sender = async () => {
    while (performance.now() < end) {
      const delivery = make(n++);
      onSend?.(delivery, Date.now());
      const sent = performance.now();
      result.record(await post(delivery), performance.now() - sent);
    }
  };
  await Promise.all(Array.from({ length: connections }, sender));
  result.seconds = (performance.now() - started) / 1000;
  close();
  return result;
}

/**
 * Open loop: requests go out on a fixed schedule (`rate` per second) whether or not earlier ones
 * were answered; each latency counts from the scheduled time, so a stall is not hidden.
 */
export async function openLoop({ url, seconds, make, onSend, rate }: Options & { rate: number }): Promise<LoadResult> {
  const { post, close } = client(url, 1024);
  const result = newResult();
  const total = Math.round(rate * seconds);
  const interval = 1000 / rate;
  const started = performance.now();
  const inFlight: Promise<void>[] = [];
  for (let n = 0; n < total; ) {
    while (n < total && started + n * interval <= performance.now()) {
      const scheduled = started + n * interval;
      const delivery = make(n++);
      onSend?.(delivery, Date.now());
      inFlight.push(post(delivery).then((status) => result.record(status, performance.now() - scheduled)));
    }
    await sleep(Math.max(0, started + n * interval - performance.now()));
  }
  await Promise.all(inFlight);
  result.seconds = (performance.now() - started) / 1000;
  close();
  return result;
}

/** The p-th percentile (0–100) of `values`, nearest rank. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
