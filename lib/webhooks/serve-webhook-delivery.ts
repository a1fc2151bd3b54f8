import type { IncomingMessage, ServerResponse } from "node:http";
import { logger } from "@/lib/logger";
import { MAX_WEBHOOK_BYTES } from "@/lib/webhooks/read-limited-body";
import { intakeAnswer, receiveWebhook, type ReceiveOutcome } from "@/lib/webhooks/receive-webhook";

/**
 * POST /webhooks/instagram on node:http itself, ahead of Next (scripts/server.mjs): the same
 * checks and answers as the route handler, without the per-request cost of Next's routing and
 * web-stream conversion, which was most of the intake's time.
 */
export async function serveWebhookDelivery(request: IncomingMessage, response: ServerResponse): Promise<void> {
  let outcome: ReceiveOutcome;
  try {
    const body = await readBody(request, MAX_WEBHOOK_BYTES);
    outcome = body === null ? { status: 413, code: "PAYLOAD_TOO_LARGE" } : await receiveWebhook(body, header(request, "x-hub-signature-256"));
  } catch (error) {
    // The client went away or the stream broke: nothing was stored.
    logger.warn({ err: error }, "webhook delivery not read");
    outcome = { status: 503, code: "NOT_STORED" };
  }
  const answer = intakeAnswer(outcome);
  // A refused body may still be arriving: close the connection rather than read the rest.
  const close = outcome.status === 413 ? { Connection: "close" } : {};
  response
    .writeHead(answer.status, { "Content-Type": answer.contentType, "Content-Length": Buffer.byteLength(answer.body), "Cache-Control": "no-store", ...close })
    .end(answer.body);
}

function header(request: IncomingMessage, name: string): string | null {
  const value = request.headers[name];
  return typeof value === "string" ? value : null;
}

/** The raw bytes, or null once they exceed `limit` (declared or read; reading stops there). */
function readBody(request: IncomingMessage, limit: number): Promise<Buffer<ArrayBuffer> | null> {
  if (Number(request.headers["content-length"]) > limit) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size <= limit) return void chunks.push(chunk);
      request.off("data", onData).pause();
      resolve(null);
    };
    request.on("data", onData);
    request.once("end", () => resolve(Buffer.concat(chunks, size) as Buffer<ArrayBuffer>));
    request.once("error", reject);
  });
}
