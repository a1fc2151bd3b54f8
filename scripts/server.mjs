// @ts-check
// What `npm start` runs after scripts/prepare.ts: Next's production server behind a node:http
// listener of our own. Meta's deliveries (POST /webhooks/instagram) are answered here by the
// handler the app registers at start-up (lib/webhooks/serve-webhook-delivery.ts): Next's
// routing alone cost more than the whole delivery. Everything else goes to Next.
// Plain JavaScript so that no compiler sits in the server process.
import http from "node:http";
import next from "next";

const WEBHOOK_PATH = "/webhooks/instagram";
const port = Number(process.env.PORT || 3000);

const app = next({ dev: false, dir: process.cwd(), port });
const handle = app.getRequestHandler();
// Runs instrumentation.ts: seeding, the worker, signal handling and the intake registration.
await app.prepare();

/** @param {string | undefined} url */
const isWebhook = (url) => url === WEBHOOK_PATH || url?.startsWith(`${WEBHOOK_PATH}?`);

const server = http.createServer((request, response) => {
  /** @type {((request: http.IncomingMessage, response: http.ServerResponse) => Promise<void>) | undefined} */
  const intake = Reflect.get(globalThis, "__switchboardWebhookIntake");
  if (intake && request.method === "POST" && isWebhook(request.url)) void intake(request, response);
  else void handle(request, response);
});
// Keep-alive connections from a load balancer must outlive its own idle timeout.
server.keepAliveTimeout = 65_000;
server.listen(port, () => console.log(`Listening on port ${port}`));
