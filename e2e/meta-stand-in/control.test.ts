import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { matchesPath } from "./control-api";
import { standIn } from "./control";
import { ACME, APP, exchange, longLivedToken, newCode, start } from "./test-helpers";

describe("matchesPath", () => {
  it.each([
    ["/oauth/access_token", "/oauth/access_token", true],
    ["/oauth/access_token", "/oauth/access_token/x", false],
    ["/v25.0/*", "/v25.0/me/messages", true],
    ["*subscribed_apps", `/v22.0/${ACME}/subscribed_apps`, true],
    ["*subscribed_apps", "/v22.0/me/messages", false],
    ["*/me*", "/v25.0/me/messages", true],
    ["*", "/anything", true],
  ])("%s against %s → %s", (pattern, target, expected) => {
    expect(matchesPath(pattern, target)).toBe(expected);
  });
});

describe("app and users", () => {
  it("stores the app config and derives stable ids for users", async () => {
    const { control } = await start();
    expect(await control.app()).toEqual({ ...APP, deactivated: false });
    const user = await control.putUser("17841400000000009", { username: "initech" });
    expect(user).toMatchObject({ userId: "17841400000000009", username: "initech", role: "tester", tokenShape: "flat", accountType: "BUSINESS" });
    expect(user.appScopedId).toMatch(/^\d{16}$/);
    expect(user.scopedUserId).toMatch(/^[1-9]\d{15}[13579]$/);
    expect((await control.putUser("17841400000000009", { username: "initech2" })).scopedUserId).toBe(user.scopedUserId);
    await expect(control.putUser("abc", { username: "x" })).rejects.toThrow(/400/);
    await expect(control.putUser("1", { username: "x", role: "owner" as never })).rejects.toThrow(/role must be/);
  });

  it("issues tokens directly, with a chosen value", async () => {
    const { url, control } = await start();
    const issued = await control.issueToken({ userId: ACME, token: "IGAAseeded" });
    expect(issued).toMatchObject({ userId: ACME, kind: "long", token: "IGAAseeded", revoked: false });
    expect((await fetch(`${url}/v25.0/me?fields=username&access_token=IGAAseeded`)).status).toBe(200);
  });
});

describe("failure injection", () => {
  it("answers the injected status and body once by default, and logs the call", async () => {
    const { url, control } = await start();
    const body = { error: { message: "Please retry", type: "OAuthException", code: 2, is_transient: true, fbtrace_id: "Ax" } };
    const id = await control.addFailure({ path: "/oauth/access_token", status: 500, body });
    expect(id).toMatch(/^f\d+$/);
    const code = await newCode(url);
    const failed = await exchange(url, code);
    expect(failed.status).toBe(500);
    expect(await failed.json()).toEqual(body);
    // The injected call did not spend the code; the next call is handled normally.
    expect((await exchange(url, code)).status).toBe(200);
    const calls = await control.calls({ path: "/oauth/access_token" });
    expect(calls.map((call) => [call.status, call.injected])).toEqual([
      [500, true],
      [200, undefined],
    ]);
  });

  it("matches by method, suffix and user, and repeats forever with times 0", async () => {
    const { url, control } = await start();
    await control.putUser("17841400000000002", { username: "globex.shop" });
    const acme = await longLivedToken(url);
    const globex = await longLivedToken(url, "17841400000000002");
    await control.addFailure({ method: "post", path: "*subscribed_apps", userId: "17841400000000002", status: 400, body: { error: { code: 10 } }, times: 0 });
    const subscribe = (token: string, method = "POST") =>
      fetch(`${url}/v25.0/me/subscribed_apps?subscribed_fields=messages`, { method, headers: { authorization: `Bearer ${token}` } });
    expect((await subscribe(globex)).status).toBe(400);
    expect((await subscribe(globex)).status).toBe(400);
    expect((await subscribe(globex, "GET")).status).toBe(200);
    expect((await subscribe(acme)).status).toBe(200);
    expect((await control.failures())[0]).toMatchObject({ timesLeft: null, method: "POST" });
    await control.clearFailures();
    expect((await subscribe(globex)).status).toBe(200);
  });

  it("sends string bodies verbatim and can only delay", async () => {
    const { url, control } = await start();
    await control.addFailure({ path: "/v25.0/me", status: 502, body: "<html>Bad gateway</html>", times: 2 });
    const token = await longLivedToken(url);
    const response = await fetch(`${url}/v25.0/me?access_token=${token}`);
    expect([response.status, await response.text()]).toEqual([502, "<html>Bad gateway</html>"]);

    await control.clearFailures();
    await control.addFailure({ path: "/v25.0/me", delayMs: 300 });
    const started = Date.now();
    expect((await fetch(`${url}/v25.0/me?access_token=${token}`)).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });
});

describe("call log, state and reset", () => {
  it("filters calls by user and path, reports tokens, and resets everything but the app", async () => {
    const { url, control } = await start();
    const token = await longLivedToken(url);
    await fetch(`${url}/v25.0/me/subscribed_apps?subscribed_fields=messages`, { method: "POST", headers: { authorization: `Bearer ${token}` } });

    const mine = await control.calls({ userId: ACME });
    expect(mine.map((call) => `${call.method} ${call.path}`)).toEqual([
      "POST /oauth/authorize",
      "POST /oauth/access_token",
      "GET /access_token",
      "POST /v25.0/me/subscribed_apps",
    ]);
    expect(mine[3]).toMatchObject({ query: { subscribed_fields: "messages" }, at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });

    const state = await control.state();
    expect(state.subscriptions).toEqual({ [ACME]: ["messages"] });
    expect(state.tokens.map((t) => [t.userId, t.kind, t.revoked])).toEqual([
      [ACME, "short", false],
      [ACME, "long", false],
    ]);
    expect(state.tokens[1]!.token).toBe(token);

    await control.reset();
    expect(await control.state()).toEqual({ subscriptions: {}, tokens: [], messages: [] });
    expect(await control.calls()).toEqual([]);
    expect(await control.users()).toEqual([]);
    expect(await control.app()).toMatchObject({ appId: APP.appId });
  });

  it("keeps instances apart", async () => {
    const a = await start();
    const b = await start();
    await longLivedToken(a.url);
    expect((await b.control.state()).tokens).toEqual([]);
    expect(await standIn(`${a.url}/`).calls()).not.toEqual([]);
  });
});

describe("cli", () => {
  it("starts with flags and seed users, and stops on SIGTERM", async () => {
    const tsx = path.resolve(import.meta.dirname, "../../node_modules/.bin/tsx");
    const args = ["--port", "0", "--app-id", "42", "--app-secret", "s", "--redirect-uri", "http://a/cb", "--seed-users"];
    const child = spawn(tsx, [path.join(import.meta.dirname, "cli.ts"), ...args]);
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = "";
        child.stdout.on("data", (chunk: Buffer) => {
          out += chunk.toString();
          const match = /Meta stand-in listening on (http:\/\/localhost:\d+)/.exec(out);
          if (match) resolve(match[1]!);
        });
        void exited.then((code) => reject(new Error(`cli exited with ${code}: ${out}`)));
      });
      const control = standIn(url);
      expect(await control.app()).toEqual({ appId: "42", appSecret: "s", redirectUris: ["http://a/cb"], deactivated: false });
      expect((await control.users()).map((user) => [user.username, user.accountType, user.role])).toEqual([
        ["acme.bakery", "BUSINESS", "tester"],
        ["globex.shop", "MEDIA_CREATOR", "tester"],
      ]);
    } finally {
      // SIGTERM, not SIGKILL: tsx passes it on to the node process it started.
      child.kill("SIGTERM");
    }
    expect(await exited).toBe(0);
  });
});
