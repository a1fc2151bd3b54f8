// The baseline the app's intake is compared with: a bare node:http server doing the same work
// per delivery — X-Hub-Signature-256 over the raw bytes, compared in constant time, then one
// INSERT of the raw body into an embedded PGlite with the project's migrations.
// Run by the bench as its own process: BENCH_PORT, BENCH_SECRET, BENCH_DIR.
import { createHmac, timingSafeEqual } from "node:crypto";
import http from "node:http";
import { migratedPglite } from "@/lib/testing/migrated-pglite";

const { BENCH_PORT, BENCH_SECRET, BENCH_DIR } = process.env;
if (!BENCH_PORT || !BENCH_SECRET || !BENCH_DIR) throw new Error("BENCH_PORT, BENCH_SECRET and BENCH_DIR are required");
const secret = BENCH_SECRET;

const pglite = await migratedPglite(BENCH_DIR);

function signed(body: Buffer, header: string | undefined): boolean {
  const hex = header?.startsWith("sha256=") ? header.slice("sha256=".length) : "";
  if (!/^[0-9a-f]{64}$/i.test(hex)) return false;
  return timingSafeEqual(createHmac("sha256", secret).update(body).digest(), Buffer.from(hex, "hex"));
}

const server = http.createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on("data", (chunk: Buffer) => chunks.push(chunk));
  request.on("end", () => {
    const body = Buffer.concat(chunks);
    const header = request.headers["x-hub-signature-256"];
    if (request.method !== "POST" || !signed(body, typeof header === "string" ? header : undefined)) {
      response.writeHead(401).end();
      return;
    }
    pglite.query(`INSERT INTO "WebhookEvent" (body, "updatedAt") VALUES ($1, now()) RETURNING id`, [body]).then(
      () => response.writeHead(200, { "Content-Type": "text/plain" }).end("EVENT_RECEIVED"),
      () => response.writeHead(503).end(),
    );
  });
});

server.listen(Number(BENCH_PORT), "127.0.0.1", () => console.log("ready"));
process.once("SIGTERM", () => {
  setTimeout(() => process.exit(1), 10_000).unref();
  server.close(() => void pglite.close().then(() => process.exit(0)));
});
