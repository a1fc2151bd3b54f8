import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { control, matchesPath, toUser, type AppInput, type UserInput } from "./control-api";
import { graph, tokenOf } from "./graph";
import { graphError, json, parseRequest, rawJson, type Reply, type Req } from "./http";
import { CDN_PREFIX, cdnMedia } from "./cdn";
import { authorize, exchangeCode, LOGIN_COOKIE, login } from "./oauth";
import { avatarSvg } from "./pages";
import { StandInState, type Call } from "./state";

/**
 * A local stand-in for Meta's Instagram hosts (www.instagram.com, api.instagram.com and
 * graph.instagram.com on one port), for end-to-end tests and the sandbox. See README.md.
 */

export type StandInOptions = {
  port?: number;
  host?: string;
  app?: AppInput;
  users?: Record<string, UserInput>;
  /** Adds SANDBOX_USERS, so a newcomer can click through the authorize window. */
  seedUsers?: boolean;
};

export type MetaStandIn = { url: string; close(): Promise<void> };

export const SANDBOX_USERS: Record<string, UserInput> = {
  "17841400000000001": { username: "acme.bakery", name: "Acme Bakery", accountType: "BUSINESS", role: "tester", followersCount: 1280, followsCount: 312, mediaCount: 86 },
  "17841400000000002": { username: "globex.shop", name: "Globex Shop", accountType: "MEDIA_CREATOR", role: "tester", followersCount: 5400, followsCount: 120, mediaCount: 240 },
};

export async function startMetaStandIn(options: StandInOptions = {}): Promise<MetaStandIn> {
  const state = new StandInState();
  if (options.app) state.app = { deactivated: false, ...options.app };
  const users = { ...(options.seedUsers ? SANDBOX_USERS : {}), ...options.users };
  for (const [userId, input] of Object.entries(users)) state.users.set(userId, toUser(userId, input));

  const server = createServer((req, res) => {
    parseRequest(req)
      .then((parsed) => dispatch(state, parsed))
      .catch((error: unknown) => {
        console.error("Meta stand-in: handler failed", error);
        return graphError(500, { message: "An unknown error has occurred.", type: "OAuthException", code: 1 });
      })
      .then((reply) => write(res, reply));
  });

  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  // The app and the browser both address it as localhost; Chromium keeps cookies per host name.
  const shownHost = ["127.0.0.1", "0.0.0.0", "::", "::1", "localhost"].includes(host) ? "localhost" : host;

  return {
    url: `http://${shownHost}:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive sockets from fetch would otherwise hold close() open.
        server.closeAllConnections();
      }),
  };
}

function write(res: ServerResponse, reply: Reply) {
  res.writeHead(reply.status, { "cache-control": "no-store", ...reply.headers });
  res.end(reply.body);
}

async function dispatch(state: StandInState, req: Req): Promise<Reply> {
  if (req.path === "/__control" || req.path.startsWith("/__control/")) return control(state, req);
  if (req.path.startsWith("/__assets/avatar/")) {
    const seed = decodeURIComponent(req.path.slice("/__assets/avatar/".length).replace(/\.svg$/, ""));
    return { status: 200, headers: { "content-type": "image/svg+xml" }, body: avatarSvg(seed, req.query.name ?? seed) };
  }
  if (req.path.startsWith(CDN_PREFIX) && req.method === "GET") return cdnMedia(req.path);
  return metaCall(state, req);
}

/** Every Meta call is logged, then meets the injected failures, then the real handler. */
async function metaCall(state: StandInState, req: Req): Promise<Reply> {
  const userId = state.resolveUserId({
    token: tokenOf(req),
    code: req.path === "/oauth/access_token" ? req.form.code : undefined,
    cookieUser: req.path.startsWith("/oauth/authorize") ? req.cookies[LOGIN_COOKIE] : undefined,
  });
  const call: Call = { method: req.method, path: req.path, query: req.query, body: req.loggedBody, userId, at: new Date(state.now()).toISOString() };
  state.calls.push(call);

  // The first matching failure with calls left wins, in the order they were added.
  const failure = state.failures.find(
    (f) => f.remaining > 0 && (!f.method || f.method === req.method) && matchesPath(f.path, req.path) && (!f.userId || f.userId === userId),
  );
  let reply: Reply | undefined;
  if (failure) {
    failure.remaining--;
    if (failure.delayMs > 0) await sleep(failure.delayMs);
    if (failure.status !== undefined) {
      call.injected = true;
      const body = failure.body;
      reply = typeof body === "string" ? rawJson(failure.status, body) : body === undefined ? { status: failure.status, body: "" } : json(failure.status, body);
    }
  }
  reply ??= await route(state, req);
  call.status = reply.status;
  return reply;
}

function route(state: StandInState, req: Req): Reply | Promise<Reply> {
  const post = req.method === "POST";
  if (req.path === "/oauth/authorize" && (req.method === "GET" || post)) return authorize(state, req);
  if (req.path === "/oauth/authorize/login" && post) return login(state, req, req.form.user_id ?? "");
  if (req.path === "/oauth/authorize/logout" && post) return login(state, req, undefined);
  if (req.path === "/oauth/access_token" && post) return exchangeCode(state, req);
  return graph(state, req);
}
