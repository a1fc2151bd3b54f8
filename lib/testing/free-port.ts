import { execFileSync } from "node:child_process";

/**
 * A free TCP port, found synchronously: tests that must set a URL in the environment before any
 * module reads it (inside vi.hoisted) cannot await a server's own port.
 */
export function freePortSync(): number {
  const script = 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})';
  return Number(execFileSync(process.execPath, ["-e", script], { encoding: "utf8" }).trim());
}

/**
 * A free port for the Meta stand-in, set as the Instagram API's and Graph API's URLs. Call it
 * inside vi.hoisted, before any of the app's modules read the environment.
 */
export function instagramOnFreePort(): number {
  const port = freePortSync();
  process.env.INSTAGRAM_API_URL = process.env.INSTAGRAM_GRAPH_URL = `http://127.0.0.1:${port}`;
  return port;
}
