import http from "node:http";
import net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { applyServerBounds, bodyLimitFor, boundRequestBody, BODY_LIMIT_BYTES, SERVER_OPTIONS, UPLOAD_LIMIT_BYTES } from "./request-bounds.mjs";

type Seen = { bytes: number; completed: boolean };

/** A server that bounds bodies as server.mjs does, and reads whatever gets through in full. */
async function boundedServer(limit: number) {
  const seen: Seen[] = [];
  const server = http.createServer(SERVER_OPTIONS, (request, response) => {
    if (!boundRequestBody(request, response, limit)) return;
    const record: Seen = { bytes: 0, completed: false };
    seen.push(record);
    request.on("data", (chunk: Buffer) => (record.bytes += chunk.length));
    request.on("end", () => {
      record.completed = true;
      response.writeHead(200, { "Content-Type": "text/plain" }).end(`got ${record.bytes}`);
    });
    request.on("error", () => {});
  });
  applyServerBounds(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  servers.push(server);
  return { port: (server.address() as net.AddressInfo).port, seen };
}

const servers: http.Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

/** Sends raw HTTP and collects what comes back until the server closes the connection. */
function raw(port: number, write: (socket: net.Socket) => void): Promise<{ answer: string; closed: boolean }> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    let answer = "";
    socket.on("data", (data) => (answer += data.toString("latin1")));
    socket.on("error", () => {});
    socket.on("close", () => resolve({ answer, closed: true }));
    socket.on("connect", () => write(socket));
  });
}

describe("request bounds", () => {
  it("picks the upload cap for a conversation's replies and 1 MB for everything else", () => {
    expect(bodyLimitFor("/api/accounts/1/conversations/2/replies")).toBe(UPLOAD_LIMIT_BYTES);
    expect(bodyLimitFor("/api/accounts/1/conversations/2/replies?x=1")).toBe(UPLOAD_LIMIT_BYTES);
    for (const url of ["/webhooks/instagram", "/api/auth/callback/credentials", "/api/accounts/1/conversations/2/replies/x", "/login", undefined]) expect(bodyLimitFor(url)).toBe(BODY_LIMIT_BYTES);
  });

  it("answers 413 and closes the connection the moment a chunked body passes the cap, without waiting for the rest", async () => {
    const { port, seen } = await boundedServer(64 * 1024);
    const chunk = Buffer.alloc(16 * 1024, 97);
    const result = await raw(port, (socket) => {
      socket.write("POST /anything HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n");
      // 80 kB of a body that never ends: the answer must come anyway.
      for (let n = 0; n < 5; n++) socket.write(Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from("\r\n")]));
    });
    expect(result.answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(result.answer.toLowerCase()).toContain("connection: close");
    expect(result.answer).toContain('{"error":{"code":"PAYLOAD_TOO_LARGE"}}');
    // The handler never saw the body complete, nor more than the cap of it.
    expect(seen.every((record) => !record.completed && record.bytes <= 64 * 1024)).toBe(true);
  });

  it("refuses a declared oversize body before reading it", async () => {
    const { port, seen } = await boundedServer(1024);
    const result = await raw(port, (socket) => socket.write("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 999999999\r\n\r\n"));
    expect(result.answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(seen).toEqual([]);
  });

  it("passes a body under the cap through intact", async () => {
    const { port } = await boundedServer(64 * 1024);
    const response = await fetch(`http://127.0.0.1:${port}/`, { method: "POST", body: Buffer.alloc(64 * 1024, 98) });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(`got ${64 * 1024}`);
  });

  it("answers 408 to a client that never finishes its headers", async () => {
    const { port } = await boundedServer(1024);
    const result = await raw(port, (socket) => socket.write("GET / HTTP/1.1\r\nHost: x\r\nX-Slow: "));
    expect(result.answer).toMatch(/^HTTP\/1\.1 408 /);
  }, 30_000);
});
