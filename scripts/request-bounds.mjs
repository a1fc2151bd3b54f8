// @ts-check
/**
 * Bounds on what a client may make the server hold, applied in front of Next by
 * scripts/server.mjs to every request: a body cap by route, counted while the body streams
 * (a declared Content-Length is not needed, nor trusted), and the server's timeouts and
 * connection ceiling. Next buffers some bodies whole (auth callbacks, server actions, JSON), so
 * the cap must hold before Next sees a byte.
 */

const MB = 1024 * 1024;
/** Replies with a file: the largest attachment Meta takes (25 MB) and room for the form. */
export const UPLOAD_LIMIT_BYTES = 26 * MB;
/** Everything else, webhooks included (Meta's batches stay far below it). */
export const BODY_LIMIT_BYTES = 1 * MB;

const UPLOAD_ROUTE = /^\/api\/accounts\/\d+\/conversations\/\d+\/replies(\?|$)/;

/** @param {string | undefined} url */
export function bodyLimitFor(url) {
  return url && UPLOAD_ROUTE.test(url) ? UPLOAD_LIMIT_BYTES : BODY_LIMIT_BYTES;
}

/** Headers must be complete within this; a slow client gets 408 (slow-loris). */
export const HEADERS_TIMEOUT_MS = 10_000;
/** The whole request, body included: 26 MB at 2 Mbit/s fits. Not the response: streams may last. */
export const REQUEST_TIMEOUT_MS = 120_000;
/** Open sockets at once; beyond this, new connections are dropped until some close. */
export const MAX_CONNECTIONS = 1024;

/** For http.createServer: the timeouts, checked every second (Node's default is every 30 s). */
export const SERVER_OPTIONS = { headersTimeout: HEADERS_TIMEOUT_MS, requestTimeout: REQUEST_TIMEOUT_MS, connectionsCheckingInterval: 1_000 };

/** @param {import("node:http").Server} server */
export function applyServerBounds(server) {
  server.maxConnections = MAX_CONNECTIONS;
}

const REFUSAL = JSON.stringify({ error: { code: "PAYLOAD_TOO_LARGE" } });

/**
 * Caps the request's body at `limit` bytes. Past it (or when the declared length already is),
 * the client gets 413 with `Connection: close` at once, the rest of the body is dropped unread,
 * the connection is closed once the answer is out, and whatever the handler later writes is
 * discarded, so that nothing acts on a truncated body. Returns false when refused up front.
 * @param {import("node:http").IncomingMessage} request
 * @param {import("node:http").ServerResponse} response
 * @param {number} limit
 */
export function boundRequestBody(request, response, limit) {
  if (Number(request.headers["content-length"]) > limit) {
    refuse(request, response);
    return false;
  }
  let received = 0;
  let refused = false;
  const push = request.push;
  // The HTTP parser hands each piece of the body to push(): counting there holds whichever way
  // the handler reads (events, async iteration, a web stream), and before anything is buffered.
  request.push = function (chunk, encoding) {
    if (refused) return true;
    if (chunk !== null && chunk !== undefined) {
      received += typeof chunk === "string" ? Buffer.byteLength(chunk) : chunk.length;
      if (received > limit) {
        refused = true;
        refuse(request, response);
        return true;
      }
    }
    return push.call(this, chunk, encoding);
  };
  return true;
}

/**
 * @param {import("node:http").IncomingMessage} request
 * @param {import("node:http").ServerResponse} response
 */
function refuse(request, response) {
  const socket = request.socket;
  if (!response.headersSent) {
    response.writeHead(413, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(REFUSAL), Connection: "close", "Cache-Control": "no-store" });
    // Node closes the connection after a `Connection: close` answer; the client's remaining
    // bytes are dropped meanwhile. Closing at once would reset it before it read the 413.
    response.end(REFUSAL, () => setTimeout(() => socket.destroy(), 5_000).unref());
  } else socket.destroy();
  silence(response);
}

/**
 * After the refusal the handler may still answer (it sees the body end with an error): drop it.
 * @param {import("node:http").ServerResponse} response
 */
function silence(response) {
  const ignore = () => response;
  Object.assign(response, { writeHead: ignore, setHeader: ignore, appendHeader: ignore, removeHeader: () => {}, write: () => true, end: ignore, flushHeaders: () => {} });
}
