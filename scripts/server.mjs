// @ts-check
// What `npm start` runs after scripts/prepare.ts, through scripts/server.sh: Next's production
// server behind a node:http listener of our own. Meta's deliveries (POST /webhooks/instagram)
// are answered here by the handler the app registers at start-up
// (lib/webhooks/serve-webhook-delivery.ts): Next's routing alone cost more than the whole
// delivery. Everything else goes to Next.
// Plain JavaScript so that no compiler sits in the server process.
import fs from "node:fs";
import http from "node:http";
import next from "next";
import { applyServerBounds, bodyLimitFor, boundRequestBody, SERVER_OPTIONS } from "./request-bounds.mjs";
import { securityHeaders } from "./security-headers.mjs";

const WEBHOOK_PATH = "/webhooks/instagram";
const port = Number(process.env.PORT || 3000);
const headers = securityHeaders(process.env.APP_URL || "http://localhost:3000");

// The configuration `next build` resolved, as Next's own standalone server passes it: reading
// next.config.ts again would load two SWC compilers (Next's, and next-intl's plugin) for the
// life of the process, about 40 MB, to produce the same object.
const { config } = JSON.parse(fs.readFileSync(".next/required-server-files.json", "utf8"));
process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config);

const app = next({ dev: false, dir: process.cwd(), port });
const handle = app.getRequestHandler();
// Runs instrumentation.ts: seeding, the worker, signal handling and the intake registration.
await app.prepare();

/** @param {string | undefined} url */
const isWebhook = (url) => url === WEBHOOK_PATH || url?.startsWith(`${WEBHOOK_PATH}?`);

let stopping = false;

const server = http.createServer(SERVER_OPTIONS, (request, response) => {
  for (const [name, value] of headers) response.setHeader(name, value);
  // Requests that arrive on a kept-alive connection while stopping: elsewhere, please (a load
  // balancer retries them on another instance, Meta redelivers).
  if (stopping) {
    response.writeHead(503, { connection: "close", "retry-after": "1" }).end();
    return;
  }
  if (!boundRequestBody(request, response, bodyLimitFor(request.url))) return;
  /** @type {((request: http.IncomingMessage, response: http.ServerResponse) => Promise<void>) | undefined} */
  const intake = Reflect.get(globalThis, "__switchboardWebhookIntake");
  if (intake && request.method === "POST" && isWebhook(request.url)) void intake(request, response);
  else void handle(request, response);
});
// Keep-alive connections from a load balancer must outlive its own idle timeout.
server.keepAliveTimeout = 65_000;
applyServerBounds(server);
server.listen(port, () => console.log(`Listening on port ${port}`));
// On SIGTERM (lib/worker/exit-on-signal.ts) the server first stops taking requests, so that a
// load balancer sends them to another instance, while the ones in flight finish.
Reflect.set(globalThis, "__switchboardStopServing", () => {
  stopping = true;
  const closed = new Promise((resolve) => server.close(() => resolve(undefined)));
  server.closeIdleConnections();
  return closed;
});
