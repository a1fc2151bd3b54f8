import { afterEach } from "vitest";
import { standIn, type StandInClient, type UserInput } from "./control";
import { startMetaStandIn, type MetaStandIn } from "./server";

/** Shared set-up for the stand-in's own unit tests. */

export const APP = { appId: "555000111", appSecret: "app-secret-1", redirectUris: ["http://localhost:3100/instagram/callback"] };
export const REDIRECT = APP.redirectUris[0]!;
export const ACME = "17841400000000001";
export const SCOPES = ["instagram_business_basic", "instagram_business_manage_messages"];

const running: MetaStandIn[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((instance) => instance.close()));
});

export type Fixture = { url: string; control: StandInClient };

/** A fresh stand-in on a random port with the test app and @acme.bakery; closed after the test. */
export async function start(user: Partial<UserInput> = {}): Promise<Fixture> {
  const instance = await startMetaStandIn({ port: 0 });
  running.push(instance);
  const control = standIn(instance.url);
  await control.configureApp(APP);
  await control.putUser(ACME, { username: "acme.bakery", name: "Acme Bakery", followersCount: 1280, ...user });
  return { url: instance.url, control };
}

export function authorizeUrl(url: string, params: Record<string, string> = {}): string {
  const query = new URLSearchParams({ client_id: APP.appId, redirect_uri: REDIRECT, response_type: "code", scope: SCOPES.join(","), state: "st-1", ...params });
  return `${url}/oauth/authorize?${query}`;
}

/** Submits the consent form as the browser would, logged in as userId; returns the 302. */
export async function decide(url: string, userId: string, decision: "allow" | "cancel", options: { params?: Record<string, string>; granted?: string[] } = {}) {
  const form = new URLSearchParams({ decision });
  for (const scope of options.granted ?? SCOPES) form.append("granted_scopes", scope);
  return fetch(authorizeUrl(url, options.params), { method: "POST", headers: { cookie: `ig_user=${userId}` }, body: form, redirect: "manual" });
}

export async function newCode(url: string, userId = ACME, granted?: string[]): Promise<string> {
  const response = await decide(url, userId, "allow", { granted });
  const code = new URL(response.headers.get("location")!).searchParams.get("code");
  if (!code) throw new Error("no code in the redirect");
  return code;
}

export function exchange(url: string, code: string, overrides: Record<string, string> = {}) {
  const body = new URLSearchParams({ client_id: APP.appId, client_secret: APP.appSecret, grant_type: "authorization_code", redirect_uri: REDIRECT, code, ...overrides });
  return fetch(`${url}/oauth/access_token`, { method: "POST", body });
}

/** Runs the whole flow: code → short-lived → long-lived token. */
export async function longLivedToken(url: string, userId = ACME): Promise<string> {
  const short = (await (await exchange(url, await newCode(url, userId))).text()).match(/"access_token":"([^"]+)"/)![1]!;
  const query = new URLSearchParams({ grant_type: "ig_exchange_token", client_secret: APP.appSecret, access_token: short });
  const body = (await (await fetch(`${url}/access_token?${query}`)).json()) as { access_token: string };
  return body.access_token;
}
