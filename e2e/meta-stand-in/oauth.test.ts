import { describe, expect, it } from "vitest";
import { ACME, APP, authorizeUrl, decide, exchange, newCode, REDIRECT, SCOPES, start } from "./test-helpers";

async function page(url: string, cookie?: string) {
  const response = await fetch(url, { headers: cookie ? { cookie } : undefined });
  return { status: response.status, html: await response.text() };
}

const h1 = (html: string) => /<h1>(.*?)<\/h1>/s.exec(html)?.[1];

describe("GET /oauth/authorize", () => {
  it("asks who is logged in when there is no ig_user cookie, then sets it", async () => {
    const { url } = await start();
    const { html } = await page(authorizeUrl(url));
    expect(h1(html)).toBe("Log in to Instagram");
    expect(html).toContain("Log in as @acme.bakery");

    const back = authorizeUrl(url).slice(url.length);
    const login = await fetch(`${url}/oauth/authorize/login`, {
      method: "POST",
      body: new URLSearchParams({ user_id: ACME, return_to: back }),
      redirect: "manual",
    });
    expect(login.status).toBe(302);
    expect(login.headers.get("location")).toBe(back);
    expect(login.headers.get("set-cookie")).toMatch(/^ig_user=17841400000000001; Path=\//);
  });

  it("shows the consent screen with one checkbox per scope and Allow/Cancel buttons", async () => {
    const { url } = await start();
    const { status, html } = await page(authorizeUrl(url, { scope: `${SCOPES.join(" ")} instagram_business_manage_comments` }), `ig_user=${ACME}`);
    expect(status).toBe(200);
    expect(html).toContain("@acme.bakery");
    expect(html).toMatch(/<button[^>]*value="allow"[^>]*>Allow<\/button>/);
    expect(html).toMatch(/<button[^>]*value="cancel"[^>]*>Cancel<\/button>/);
    expect(html).toMatch(/type="checkbox" checked disabled/); // instagram_business_basic is locked on
    expect(html).toContain('name="granted_scopes" value="instagram_business_manage_messages" checked');
    expect(html).toContain('name="granted_scopes" value="instagram_business_manage_comments" checked');
    expect(html).toContain('<html lang="en">');
  });

  it.each([
    ["a wrong client_id", { client_id: "999" }, "Invalid platform app"],
    ["an unregistered redirect_uri", { redirect_uri: `${REDIRECT}/` }, "Invalid redirect_uri"],
    ["an unknown scope", { scope: "instagram_business_basic,business_manage_messages" }, "Invalid scope: [business_manage_messages]"],
  ])("shows an error inside the window for %s", async (_, params, heading) => {
    const { url } = await start();
    const { status, html } = await page(authorizeUrl(url, params), `ig_user=${ACME}`);
    expect(status).toBe(400);
    expect(h1(html)).toBe(heading);
  });

  it("refuses accounts without a role and deactivated apps", async () => {
    const { url, control } = await start({ role: "none" });
    expect(h1((await page(authorizeUrl(url), `ig_user=${ACME}`)).html)).toBe("Insufficient developer role");
    await control.configureApp({ ...APP, deactivated: true });
    expect(h1((await page(authorizeUrl(url), `ig_user=${ACME}`)).html)).toBe("API access deactivated");
  });

  it("logs page loads with the logged-in user", async () => {
    const { url, control } = await start();
    await page(authorizeUrl(url), `ig_user=${ACME}`);
    const [call] = await control.calls({ path: "/oauth/authorize" });
    expect(call).toMatchObject({ method: "GET", path: "/oauth/authorize", userId: ACME, status: 200, query: { state: "st-1", client_id: APP.appId } });
  });
});

describe("consent decisions", () => {
  it("Allow redirects with a code, the state and the #_ fragment", async () => {
    const { url } = await start();
    const response = await decide(url, ACME, "allow");
    expect(response.status).toBe(302);
    const location = response.headers.get("location")!;
    expect(location).toMatch(new RegExp(`^${REDIRECT}\\?code=AQ[\\w-]+&state=st-1#_$`));
  });

  it("Cancel redirects with Meta's denial parameters and keeps the state", async () => {
    const { url } = await start();
    const response = await decide(url, ACME, "cancel");
    expect(response.headers.get("location")).toBe(
      `${REDIRECT}?error=access_denied&error_reason=user_denied&error_description=The+user+denied+your+request&state=st-1`,
    );
  });

  it("grants only the scopes left ticked, and always instagram_business_basic", async () => {
    const { url } = await start();
    const code = await newCode(url, ACME, []);
    const body = await (await exchange(url, code)).text();
    expect(body).toContain('"permissions":["instagram_business_basic"]');
  });
});

describe("POST /oauth/access_token", () => {
  it("answers the flat shape with user_id as a bare 17-digit number beyond 2^53", async () => {
    const { url, control } = await start();
    const user = (await control.users())[0]!;
    const response = await exchange(url, await newCode(url));
    expect(response.status).toBe(200);
    const raw = await response.text();
    expect(raw).toMatch(new RegExp(`^\\{"access_token":"IGAA[\\w-]+","user_id":${user.scopedUserId},"permissions":\\["instagram_business_basic","instagram_business_manage_messages"\\]\\}$`));
    expect(user.scopedUserId).toMatch(/^[1-9]\d{16}$/);
    expect(user.scopedUserId).not.toBe(user.userId);
    // The point of the exercise: a plain JSON.parse loses digits.
    expect(String((JSON.parse(raw) as { user_id: number }).user_id)).not.toBe(user.scopedUserId);
  });

  it("answers the documented data shape when the user asks for it", async () => {
    const { url, control } = await start({ tokenShape: "data" });
    const user = (await control.users())[0]!;
    const body = await (await exchange(url, await newCode(url))).json();
    expect(body).toEqual({ data: [{ access_token: expect.stringMatching(/^IGAA/), user_id: user.scopedUserId, permissions: SCOPES.join(",") }] });
  });

  it("accepts multipart/form-data as Meta's curl sample sends it", async () => {
    const { url } = await start();
    const form = new FormData();
    const fields = { client_id: APP.appId, client_secret: APP.appSecret, grant_type: "authorization_code", redirect_uri: REDIRECT, code: await newCode(url) };
    for (const [key, value] of Object.entries(fields)) form.append(key, value);
    const response = await fetch(`${url}/oauth/access_token`, { method: "POST", body: form });
    expect(response.status).toBe(200);
  });

  it("lets a code work once", async () => {
    const { url, control } = await start();
    const code = await newCode(url);
    expect((await exchange(url, code)).status).toBe(200);
    const again = await exchange(url, code);
    expect(again.status).toBe(400);
    expect(await again.json()).toEqual({ error_type: "OAuthException", code: 400, error_message: "Matching code was not found or was already used" });
    // The form is logged and the call is tied to the user through its code.
    const calls = await control.calls({ path: "/oauth/access_token" });
    expect(calls).toHaveLength(2);
    expect(calls[0]).toMatchObject({ userId: ACME, body: { code, client_id: APP.appId, grant_type: "authorization_code" } });
  });

  it("expires codes after an hour", async () => {
    const { url, control } = await start();
    const code = await newCode(url);
    await control.advanceClock(60 * 60 * 1000 + 1);
    expect(((await (await exchange(url, code)).json()) as { error_message: string }).error_message).toBe("Matching code was not found or was already used");
  });

  it.each([
    [{ client_id: "1" }, "Invalid platform app"],
    [{ client_secret: "nope" }, "Error validating client secret"],
    [{ redirect_uri: `${REDIRECT}?x=1` }, "Invalid redirect_uri"],
    [{ code: "AQunknown" }, "Matching code was not found or was already used"],
  ])("rejects %o with the flat error body", async (overrides, message) => {
    const { url } = await start();
    const response = await exchange(url, await newCode(url), overrides);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error_type: "OAuthException", code: 400, error_message: message });
  });

  it("refuses the exchange when the user lost its role after consenting", async () => {
    const { url, control } = await start();
    const code = await newCode(url);
    await control.putUser(ACME, { username: "acme.bakery", role: "none" });
    expect(((await (await exchange(url, code)).json()) as { error_message: string }).error_message).toBe("Insufficient developer role");
  });
});
