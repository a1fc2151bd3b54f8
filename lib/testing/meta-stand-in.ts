import { afterAll, beforeAll } from "vitest";
import { standIn } from "@/e2e/meta-stand-in/control";
import { startMetaStandIn } from "@/e2e/meta-stand-in/server";

/**
 * The Meta stand-in on `port` (from instagramOnFreePort) while this file's tests run: its URL,
 * and its control API for what Meta knows and what it was asked.
 */
export function withMetaStandIn(port: number) {
  let server: Awaited<ReturnType<typeof startMetaStandIn>> | undefined;
  beforeAll(async () => {
    server = await startMetaStandIn({ port });
  });
  afterAll(() => server?.close());
  const url = `http://127.0.0.1:${port}`;
  return { url, control: standIn(url) };
}
