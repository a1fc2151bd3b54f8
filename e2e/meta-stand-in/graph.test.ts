import { describe, expect, it } from "vitest";
import { ACME, APP, exchange, longLivedToken, newCode, start } from "./test-helpers";

type GraphError = { error: { message: string; type: string; code: number; error_subcode?: number; fbtrace_id: string } };

async function get(url: string, path: string, query: Record<string, string> = {}, token?: string) {
  const response = await fetch(`${url}${path}?${new URLSearchParams(query)}`, { headers: token ? { authorization: `Bearer ${token}` } : undefined });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function send(url: string, path: string, token: string, body: unknown, method = "POST") {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

function expectGraphError(result: { status: number; body: unknown }, status: number, code: number, subcode?: number) {
  expect(result.status).toBe(status);
  const { error } = result.body as GraphError;
  expect(error).toMatchObject({ code, type: expect.any(String), message: expect.any(String), fbtrace_id: expect.any(String) });
  expect(error.error_subcode).toBe(subcode);
}

describe("long-lived tokens", () => {
  it("exchanges a short-lived token and refreshes a long-lived one, keeping the old one valid", async () => {
    const { url } = await start();
    const short = ((await (await exchange(url, await newCode(url))).text()).match(/"access_token":"([^"]+)"/) ?? [])[1]!;
    const exchanged = await get(url, "/access_token", { grant_type: "ig_exchange_token", client_secret: APP.appSecret, access_token: short });
    expect(exchanged).toEqual({ status: 200, body: { access_token: expect.stringMatching(/^IGAA/), token_type: "bearer", expires_in: 5184000 } });
    const long = exchanged.body.access_token as string;

    const refreshed = await get(url, "/refresh_access_token", { grant_type: "ig_refresh_token", access_token: long });
    expect(refreshed.body).toEqual({ access_token: expect.stringMatching(/^IGAA/), token_type: "bearer", expires_in: 5184000 });
    expect(refreshed.body.access_token).not.toBe(long);
    expect((await get(url, "/v25.0/me", {}, long)).status).toBe(200);
  });

  it("reports a bad secret and a bad token in the Graph envelope", async () => {
    const { url } = await start();
    const short = ((await (await exchange(url, await newCode(url))).text()).match(/"access_token":"([^"]+)"/) ?? [])[1]!;
    expectGraphError(await get(url, "/access_token", { grant_type: "ig_exchange_token", client_secret: "x", access_token: short }), 400, 101);
    expectGraphError(await get(url, "/access_token", { grant_type: "ig_exchange_token", client_secret: APP.appSecret, access_token: "IGAAnope" }), 400, 190);
  });

  it("refreshes long-lived tokens only, and never expired ones", async () => {
    const { url, control } = await start();
    const short = await control.issueToken({ userId: ACME, kind: "short" });
    expectGraphError(await get(url, "/refresh_access_token", { grant_type: "ig_refresh_token", access_token: short.token }), 400, 190);
    const long = await longLivedToken(url);
    await control.advanceClock(61 * 24 * 60 * 60 * 1000);
    expectGraphError(await get(url, "/refresh_access_token", { grant_type: "ig_refresh_token", access_token: long }), 400, 190, 463);
  });
});

describe("GET /me", () => {
  it("answers the requested fields plus id, with user_id as a string, on any version or none", async () => {
    const { url, control } = await start({ accountType: "BUSINESS" });
    const user = (await control.users())[0]!;
    const token = await longLivedToken(url);
    const fields = "user_id,username,name,account_type,profile_picture_url,followers_count";
    for (const path of ["/me", "/v22.0/me", "/v25.0/me"]) {
      const { status, body } = await get(url, path, { fields, access_token: token });
      expect(status).toBe(200);
      expect(body).toEqual({
        id: user.appScopedId,
        user_id: ACME,
        username: "acme.bakery",
        name: "Acme Bakery",
        account_type: "BUSINESS",
        profile_picture_url: expect.stringMatching(/^http:\/\/localhost:\d+\/__assets\/avatar\//),
        followers_count: 1280,
      });
    }
    expect((await get(url, "/v25.0/me", { fields: "username" }, token)).body).toEqual({ username: "acme.bakery", id: user.appScopedId });
    expectGraphError(await get(url, "/v25.0/me", { fields: "email" }, token), 400, 100);
  });

  it("answers 190 for unknown, revoked and expired tokens and 2500 without one", async () => {
    const { url, control } = await start();
    expectGraphError(await get(url, "/v25.0/me", {}, "IGAAnope"), 400, 190);
    expectGraphError(await get(url, "/v25.0/me"), 400, 2500);

    const token = await longLivedToken(url);
    expect(await control.revokeTokens(ACME)).toEqual({ revoked: 2 });
    const revoked = await get(url, "/v25.0/me", {}, token);
    expectGraphError(revoked, 400, 190);
    expect((revoked.body as GraphError).error.type).toBe("OAuthException");

    const fresh = await control.issueToken({ userId: ACME, expiresInSeconds: 60 });
    await control.advanceClock(61_000);
    expectGraphError(await get(url, "/v25.0/me", {}, fresh.token), 400, 190, 463);
  });
});

describe("subscribed_apps", () => {
  it("stores, lists and removes subscribed fields through /me and /{IG_ID}", async () => {
    const { url, control } = await start();
    const token = await longLivedToken(url);
    expect((await get(url, "/v25.0/me/subscribed_apps", {}, token)).body).toEqual({ data: [] });

    const post = await fetch(`${url}/v25.0/me/subscribed_apps?subscribed_fields=messages,messaging_seen&access_token=${token}`, { method: "POST" });
    expect(await post.json()).toEqual({ success: true });
    expect((await get(url, `/v22.0/${ACME}/subscribed_apps`, {}, token)).body).toEqual({ data: [{ subscribed_fields: ["messages", "messaging_seen"] }] });

    // The fields may also come in the form body; a new call replaces the list.
    const form = await fetch(`${url}/v25.0/${ACME}/subscribed_apps`, { method: "POST", body: new URLSearchParams({ subscribed_fields: "messages", access_token: token }) });
    expect(form.status).toBe(200);
    expect((await control.state()).subscriptions).toEqual({ [ACME]: ["messages"] });

    const removed = await fetch(`${url}/v25.0/me/subscribed_apps`, { method: "DELETE", headers: { authorization: `Bearer ${token}` } });
    expect(await removed.json()).toEqual({ success: true });
    expect((await control.state()).subscriptions).toEqual({});
  });

  it("rejects unknown fields, a missing list, and another account's IG_ID", async () => {
    const { url, control } = await start();
    await control.putUser("17841400000000002", { username: "globex.shop" });
    const token = await longLivedToken(url);
    expectGraphError(await send(url, "/v25.0/me/subscribed_apps?subscribed_fields=messaging_referrals", token, {}), 400, 100);
    expectGraphError(await send(url, "/v25.0/me/subscribed_apps", token, {}), 400, 100);
    expectGraphError(await send(url, "/v25.0/17841400000000002/subscribed_apps?subscribed_fields=messages", token, {}), 400, 100, 33);
  });
});

describe("Send API", () => {
  it("answers recipient_id and a message_id, and records the message", async () => {
    const { url, control } = await start();
    const token = await longLivedToken(url);
    const body = { recipient: { id: "990011223344" }, message: { text: "Thanks! Your order ships today." } };
    for (const path of ["/v25.0/me/messages", `/v25.0/${ACME}/messages`]) {
      const result = await send(url, path, token, body);
      expect(result).toEqual({ status: 200, body: { recipient_id: "990011223344", message_id: expect.stringMatching(/^aWdfZ[\w-]+$/) } });
    }
    const { messages } = await control.state();
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatchObject({ userId: ACME, recipientId: "990011223344", body });
    const [call] = await control.calls({ path: "*messages" });
    expect(call).toMatchObject({ userId: ACME, body });
  });

  it("allows 1000 UTF-8 bytes of text and refuses 1001 with code 100", async () => {
    const { url } = await start();
    const token = await longLivedToken(url);
    const text = "é".repeat(500); // 500 characters, 1000 bytes
    expect((await send(url, "/v25.0/me/messages", token, { recipient: { id: "1" }, message: { text } })).status).toBe(200);
    expectGraphError(await send(url, "/v25.0/me/messages", token, { recipient: { id: "1" }, message: { text: `${text}a` } }), 400, 100);
    expectGraphError(await send(url, "/v25.0/me/messages", token, { message: { text: "hi" } }), 400, 100);
  });

  it("takes a reply quoting a message as reply_to { mid }, and refuses other reply_to shapes", async () => {
    const { url, control } = await start();
    const token = await longLivedToken(url);
    const quoting = { recipient: { id: "1" }, message: { text: "Ready at 5", reply_to: { mid: "aWdfZAG1faXRlbTox" } } };
    expect((await send(url, "/v25.0/me/messages", token, quoting)).status).toBe(200);
    expect((await control.state()).messages[0]!.body).toEqual(quoting);
    for (const replyTo of [{}, { mid: "" }, { message_id: "aWdf" }, { mid: "aWdf", story: { id: "1" } }, "aWdf"]) {
      expectGraphError(await send(url, "/v25.0/me/messages", token, { recipient: { id: "1" }, message: { text: "x", reply_to: replyTo } }), 400, 100);
    }
  });

  it("fetches an attachment's URL as Meta does, keeps what it got, and refuses what it cannot fetch or that is not of its type", async () => {
    const { url, control } = await start();
    const token = await longLivedToken(url);
    const attachment = (type: string, file: string) => ({ recipient: { id: "1" }, message: { attachment: { type, payload: { url: `${url}/__cdn/${file}` } } } });
    expect(await send(url, "/v25.0/me/messages", token, attachment("image", "photo.png"))).toMatchObject({ status: 200, body: { message_id: expect.any(String) } });
    expect(await send(url, "/v25.0/me/messages", token, attachment("file", "invoice.pdf"))).toMatchObject({ status: 200 });
    const [image, pdf] = (await control.state()).messages;
    expect(image).toMatchObject({ body: attachment("image", "photo.png"), fetched: { status: 200, contentType: "image/png", byteSize: expect.any(Number), sha256: expect.stringMatching(/^[0-9a-f]{64}$/) } });
    expect(pdf!.fetched).toMatchObject({ status: 200, contentType: "application/pdf" });

    expectGraphError(await send(url, "/v25.0/me/messages", token, attachment("video", "photo.png")), 400, 100, 2018047);
    expectGraphError(await send(url, "/v25.0/me/messages", token, attachment("image", "expired-photo.png")), 400, 100, 2018047);
    expectGraphError(await send(url, "/v25.0/me/messages", token, { recipient: { id: "1" }, message: { attachment: { type: "image", payload: { url: "http://127.0.0.1:1/a.png" } } } }), 400, 100, 2018047);
    expectGraphError(await send(url, "/v25.0/me/messages", token, attachment("sticker", "photo.png")), 400, 100);
    expectGraphError(await send(url, "/v25.0/me/messages", token, { recipient: { id: "1" }, message: { text: "and", attachment: attachment("image", "photo.png").message.attachment } }), 400, 100);
    expect((await control.state()).messages).toHaveLength(2);
  });

  it("takes the sender actions §8 names, without a message id, and refuses others", async () => {
    const { url, control } = await start();
    const token = await longLivedToken(url);
    const actions = [
      { recipient: { id: "1" }, sender_action: "mark_seen" },
      { recipient: { id: "1" }, sender_action: "typing_on" },
      { recipient: { id: "1" }, sender_action: "react", payload: { message_id: "aWdf", reaction: "love" } },
    ];
    for (const body of actions) expect(await send(url, "/v25.0/me/messages", token, body)).toEqual({ status: 200, body: { recipient_id: "1" } });
    expect((await control.state()).messages.map((m) => m.body)).toEqual(actions);
    expectGraphError(await send(url, "/v25.0/me/messages", token, { recipient: { id: "1" }, sender_action: "mark_read" }), 400, 100);
    expectGraphError(await send(url, "/v25.0/me/messages", token, { recipient: { id: "1" }, sender_action: "react", payload: {} }), 400, 100);
  });
});

describe("IGSID profile lookup", () => {
  it("makes up a stable profile, honours set customers, and refuses without consent", async () => {
    const { url, control } = await start();
    const token = await longLivedToken(url);
    const first = await get(url, "/v25.0/990011223344", {}, token);
    expect(first.status).toBe(200);
    expect(Object.keys(first.body).sort()).toEqual(["follower_count", "id", "is_verified_user", "name", "profile_pic", "username"]);
    expect(first.body.id).toBe("990011223344");
    expect((await get(url, "/v25.0/990011223344", {}, token)).body).toEqual(first.body);

    await control.putCustomer("42", { name: "Peter Chang", username: "peter_chang_live", follower_count: 1234 });
    expect((await get(url, "/v25.0/42", { fields: "name,username,follower_count,is_user_follow_business" }, token)).body).toEqual({
      id: "42",
      name: "Peter Chang",
      username: "peter_chang_live",
      follower_count: 1234,
      is_user_follow_business: expect.any(Boolean),
    });

    await control.putCustomer("43", { consent: false });
    const refused = await get(url, "/v25.0/43", {}, token);
    expectGraphError(refused, 400, 230);
    expect((refused.body as GraphError).error.message).toBe("User consent is required to access user profile");
  });
});

it("answers anything else with a 404 Graph error", async () => {
  const { url } = await start();
  const result = await get(url, "/v25.0/me/media");
  expectGraphError(result, 404, 100, 33);
  expect((result.body as GraphError).error.message).toMatch(/^Unsupported get request/);
  expectGraphError(await get(url, "/nothing/here/at/all"), 404, 100, 33);
});
