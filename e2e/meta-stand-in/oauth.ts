import { flatOAuthError, html, json, rawJson, redirect, type Reply, type Req } from "./http";
import { consentPage, errorPage, loginPage, REQUIRED_SCOPE } from "./pages";
import { CODE_SECONDS, newCode, type StandInState, type User } from "./state";

/** Business Login: the authorize window (instagram-platform.md §1) and the code exchange (§2). */

export const LOGIN_COOKIE = "ig_user";

const KNOWN_SCOPES = new Set([
  "instagram_business_basic",
  "instagram_business_manage_messages",
  "instagram_business_manage_comments",
  "instagram_business_content_publish",
  "instagram_business_manage_insights",
]);

export function avatarUrl(origin: string, seed: string, label: string): string {
  return `${origin}/__assets/avatar/${encodeURIComponent(seed)}.svg?name=${encodeURIComponent(label)}`;
}

/** Meta accepts a comma-separated list or a (URL-encoded) space-separated one. */
function parseScopes(value: string | undefined): string[] {
  return [...new Set((value ?? "").split(/[\s,]+/).filter(Boolean))];
}

function problem(heading: string, detail: string): Reply {
  return html(400, errorPage(heading, detail));
}

/** Checks Meta makes before showing anything; each failure stays inside the window. */
function validateAuthorize(state: StandInState, query: Record<string, string>): Reply | { scopes: string[] } {
  const app = state.app;
  if (!app || query.client_id !== app.appId) {
    return problem("Invalid platform app", "The client_id does not belong to an app with Instagram API setup with Instagram login.");
  }
  if (app.deactivated) return problem("API access deactivated", "This app's access to the API has been deactivated.");
  if (!query.redirect_uri || !app.redirectUris.includes(query.redirect_uri)) {
    return problem("Invalid redirect_uri", "The redirect_uri is not exactly one of the app's registered OAuth redirect URIs.");
  }
  if (query.response_type !== "code") return problem("Invalid response_type", "response_type must be code.");
  const scopes = parseScopes(query.scope);
  const unknown = scopes.filter((scope) => !KNOWN_SCOPES.has(scope));
  if (unknown.length || scopes.length === 0) return problem(`Invalid scope: [${unknown.join(",")}]`, "A requested scope is misspelled or not enabled for this app.");
  return { scopes };
}

function loggedInUser(state: StandInState, req: Req): User | undefined {
  const id = req.cookies[LOGIN_COOKIE];
  return id ? state.users.get(id) : undefined;
}

/** GET shows the window; POST is the consent form posting back to the same URL. */
export function authorize(state: StandInState, req: Req): Reply {
  const checked = validateAuthorize(state, req.query);
  if ("status" in checked) return checked;
  const selfUrl = `/oauth/authorize?${new URLSearchParams(req.query)}`;
  const user = loggedInUser(state, req);
  const avatar = (u: User) => avatarUrl(req.origin, u.userId, u.username);
  if (!user) return html(200, loginPage([...state.users.values()], selfUrl, avatar));
  if (user.role === "none") {
    return problem("Insufficient developer role", `@${user.username} has no role on this app. Add it as an Instagram Tester while the app is in Development mode.`);
  }
  if (req.method === "GET") {
    return html(200, consentPage({ appName: state.app?.name ?? `App ${state.app?.appId}`, user, scopes: checked.scopes, action: selfUrl, avatar: avatar(user) }));
  }

  const target = new URL(req.query.redirect_uri!);
  if (req.form.decision !== "allow") {
    // The documented denial; state is echoed back when the app sent one.
    target.searchParams.set("error", "access_denied");
    target.searchParams.set("error_reason", "user_denied");
    target.searchParams.set("error_description", "The user denied your request");
    if (req.query.state !== undefined) target.searchParams.set("state", req.query.state);
    return redirect(target.toString());
  }
  const ticked = new Set((req.form.granted_scopes ?? "").split(","));
  const granted = checked.scopes.filter((scope) => scope === REQUIRED_SCOPE || ticked.has(scope));
  const code = newCode();
  state.codes.set(code, { code, userId: user.userId, redirectUri: req.query.redirect_uri!, scopes: granted, expiresAt: state.now() + CODE_SECONDS * 1000, used: false });
  target.searchParams.set("code", code);
  if (req.query.state !== undefined) target.searchParams.set("state", req.query.state);
  target.hash = "_"; // Meta appends "#_" to the success redirect.
  return redirect(target.toString());
}

/** The login step's buttons and "Switch account": set or clear the cookie, then go back. */
export function login(state: StandInState, req: Req, userId: string | undefined): Reply {
  const returnTo = req.form.return_to?.startsWith("/oauth/authorize") ? req.form.return_to : "/oauth/authorize";
  if (userId !== undefined && !state.users.has(userId)) return problem("Unknown account", "That Instagram account does not exist in the stand-in.");
  const cookie = userId === undefined ? `${LOGIN_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax` : `${LOGIN_COOKIE}=${userId}; Path=/; SameSite=Lax`;
  return redirect(returnTo, { "set-cookie": cookie });
}

/** POST /oauth/access_token: every error uses the flat body, status 400. */
export function exchangeCode(state: StandInState, req: Req): Reply {
  const form = req.form;
  const app = state.app;
  if (!app || form.client_id !== app.appId) return flatOAuthError("Invalid platform app");
  if (form.client_secret !== app.appSecret) return flatOAuthError("Error validating client secret");
  if (app.deactivated) return flatOAuthError("API access deactivated");
  if (form.grant_type !== "authorization_code") return flatOAuthError("Unsupported grant_type: must be authorization_code");
  for (const field of ["redirect_uri", "code"] as const) {
    if (!form[field]) return flatOAuthError(`Missing required parameter: ${field}`);
  }
  const code = state.codes.get(form.code!);
  if (!code || code.used || code.expiresAt <= state.now()) return flatOAuthError("Matching code was not found or was already used");
  // Any presented code is spent, even when the exchange then fails: Meta says not to retry.
  code.used = true;
  if (code.redirectUri !== form.redirect_uri) return flatOAuthError("Invalid redirect_uri");
  const user = state.users.get(code.userId);
  if (!user) return flatOAuthError("Matching code was not found or was already used");
  if (user.role === "none") return flatOAuthError("Insufficient developer role");

  const token = state.issueToken(user.userId, "short", code.scopes);
  if (user.tokenShape === "data") {
    return json(200, { data: [{ access_token: token.token, user_id: user.scopedUserId, permissions: code.scopes.join(",") }] });
  }
  // The observed shape: user_id is a bare number beyond 2^53, so the digits are written by hand.
  return rawJson(200, `{"access_token":${JSON.stringify(token.token)},"user_id":${user.scopedUserId},"permissions":${JSON.stringify(code.scopes)}}`);
}
