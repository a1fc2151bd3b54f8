import { randomBytes } from "node:crypto";
import { graphError, json, type Reply, type Req } from "./http";
import { avatarUrl } from "./oauth";
import { ATTACHMENT_TYPES, fetchMedia, mediaAccepted, type FetchedMedia } from "./send-media";
import { digitsFrom, LONG_TOKEN_SECONDS, type StandInState, type Token, type User } from "./state";

/** graph.instagram.com: tokens (§3), /me (§4), subscribed_apps (§5b), Send API (§8), profiles (§9). */

const VERSION = /^v\d+\.\d+$/;
const MAX_TEXT_BYTES = 1000;

/** Fields Meta accepts in subscribed_fields for Instagram Login (instagram-platform.md §5a). */
const WEBHOOK_FIELDS = [
  "messages",
  "message_echoes",
  "message_reactions",
  "message_edit",
  "messaging_seen",
  "messaging_postbacks",
  "messaging_referral",
  "messaging_optins",
  "messaging_handover",
  "standby",
  "comments",
  "live_comments",
];

/** The token of a Graph call: Authorization: Bearer, else access_token in the query or form. */
export function tokenOf(req: Req): string | undefined {
  const bearer = /^Bearer\s+(\S+)/i.exec(req.headers.authorization ?? "")?.[1];
  return bearer ?? req.query.access_token ?? req.form.access_token;
}

function invalidToken(message: string, subcode?: number): Reply {
  return graphError(400, { message, type: "OAuthException", code: 190, subcode });
}

function unsupported(method: string, objectId: string, status = 400): Reply {
  return graphError(status, {
    message: `Unsupported ${method.toLowerCase()} request. Object with ID '${objectId}' does not exist, cannot be loaded due to missing permissions, or does not support this operation. Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api`,
    code: 100,
    subcode: 33,
  });
}

function badParam(message: string): Reply {
  return graphError(400, { message: `(#100) ${message}`, code: 100 });
}

type Session = { token: Token; user: User };

function authenticate(state: StandInState, raw: string | undefined): Session | Reply {
  if (!raw) {
    return graphError(400, { message: "An active access token must be used to query information about the current user.", type: "OAuthException", code: 2500 });
  }
  const token = state.tokens.get(raw);
  const user = token && state.users.get(token.userId);
  if (!token || !user) return invalidToken("Invalid OAuth access token - Cannot parse access token");
  if (token.revoked) return invalidToken("Error validating access token: The user has not authorized application.");
  if (token.expiresAt <= state.now()) {
    return invalidToken(
      `Error validating access token: Session has expired on ${new Date(token.expiresAt).toUTCString()}. The current time is ${new Date(state.now()).toUTCString()}.`,
      463,
    );
  }
  return { token, user };
}

function longLived(state: StandInState, session: Session): Reply {
  const token = state.issueToken(session.user.userId, "long", session.token.scopes);
  return json(200, { access_token: token.token, token_type: "bearer", expires_in: LONG_TOKEN_SECONDS });
}

/** GET /access_token?grant_type=ig_exchange_token: short-lived → 60-day token. */
function exchangeToken(state: StandInState, req: Req): Reply {
  if (req.query.grant_type !== "ig_exchange_token") return badParam("grant_type must be ig_exchange_token");
  if (!state.app || req.query.client_secret !== state.app.appSecret) {
    return graphError(400, { message: "Error validating client secret.", type: "OAuthException", code: 101 });
  }
  const session = authenticate(state, req.query.access_token);
  return "status" in session ? session : longLived(state, session);
}

/** GET /refresh_access_token: a new 60-day token; the old one stays valid until it expires. */
function refreshToken(state: StandInState, req: Req): Reply {
  if (req.query.grant_type !== "ig_refresh_token") return badParam("grant_type must be ig_refresh_token");
  const session = authenticate(state, req.query.access_token);
  if ("status" in session) return session;
  if (session.token.kind !== "long") return invalidToken("Error validating access token: only long-lived tokens can be refreshed.");
  return longLived(state, session);
}

/** Graph returns the requested fields plus id, and rejects fields the node does not have. */
function pickFields(node: string, all: Record<string, unknown>, requested: string | undefined, fallback: string[]): Reply {
  const fields = requested === undefined ? fallback : requested.split(",").map((f) => f.trim()).filter(Boolean);
  const unknown = fields.find((field) => !(field in all));
  if (unknown) return badParam(`Tried accessing nonexisting field (${unknown}) on node type (${node})`);
  const picked: Record<string, unknown> = {};
  for (const field of fields) picked[field] = all[field];
  return json(200, { ...picked, id: all.id });
}

function me(req: Req, user: User): Reply {
  const profile = {
    id: user.appScopedId,
    user_id: user.userId,
    username: user.username,
    name: user.name,
    account_type: user.accountType,
    profile_picture_url: user.profilePictureUrl ?? avatarUrl(req.origin, user.userId, user.username),
    followers_count: user.followersCount,
    follows_count: user.followsCount,
    media_count: user.mediaCount,
  };
  return pickFields("User", profile, req.query.fields, []);
}

const FIRST_NAMES = ["Peter", "Ana", "Kenji", "Maria", "Liam", "Zoe", "Omar", "Ines"];
const LAST_NAMES = ["Chang", "Souza", "Ito", "Rossi", "Byrne", "Martin", "Haddad", "Moreau"];

/** GET /{IGSID}: a customer's profile, made up from the id unless a test set one. */
function customerProfile(state: StandInState, req: Req, igsid: string): Reply {
  const custom = state.customers.get(igsid) ?? { igsid };
  if (custom.consent === false) return graphError(400, { message: "User consent is required to access user profile", code: 230 });
  const digits = digitsFrom(igsid, 8);
  const name = `${FIRST_NAMES[Number(digits[0]) % 8]} ${LAST_NAMES[Number(digits[1]) % 8]}`;
  const username = custom.username ?? `${name.toLowerCase().replace(" ", "_")}_${igsid.slice(-3)}`;
  const profile = {
    id: igsid,
    name: custom.name === undefined ? name : custom.name,
    username,
    profile_pic: custom.profile_pic === undefined ? avatarUrl(req.origin, igsid, username) : custom.profile_pic,
    follower_count: custom.follower_count ?? Number(digits.slice(2, 6)),
    is_user_follow_business: custom.is_user_follow_business ?? digits[6]! < "5",
    is_business_follow_user: custom.is_business_follow_user ?? false,
    is_verified_user: custom.is_verified_user ?? false,
  };
  return pickFields("IGUser", profile, req.query.fields, ["name", "username", "profile_pic", "follower_count", "is_verified_user"]);
}

function subscribedApps(state: StandInState, req: Req, user: User): Reply {
  if (req.method === "GET") {
    const fields = state.subscriptions.get(user.userId);
    return json(200, { data: fields ? [{ subscribed_fields: fields }] : [] });
  }
  if (req.method === "DELETE") {
    state.subscriptions.delete(user.userId);
    return json(200, { success: true });
  }
  const raw = req.query.subscribed_fields ?? req.form.subscribed_fields;
  if (!raw) return badParam("The parameter subscribed_fields is required.");
  const fields = [...new Set(raw.split(",").map((f) => f.trim()).filter(Boolean))];
  const bad = fields.findIndex((field) => !WEBHOOK_FIELDS.includes(field));
  if (bad >= 0) return badParam(`Param subscribed_fields[${bad}] must be one of {${WEBHOOK_FIELDS.join(", ")}} - got "${fields[bad]}"`);
  // Meta keeps one list per account and app: a new call replaces it.
  state.subscriptions.set(user.userId, fields);
  return json(200, { success: true });
}

type SendBody = {
  recipient?: { id?: unknown; comment_id?: unknown };
  message?: { text?: unknown; reply_to?: unknown; attachment?: { type?: unknown; payload?: { url?: unknown } } };
  sender_action?: unknown;
  payload?: { message_id?: unknown };
};

/** Sender actions §8 names; react and unreact name the message they are about. */
const SENDER_ACTIONS = ["react", "unreact", "typing_on", "typing_off", "mark_seen"];

/**
 * What the Send API refuses beyond text length: an unknown sender action, a reaction without its
 * message, and a reply whose `reply_to` is not `{ mid }` (the webhook's shape, §7d; Meta's docs
 * do not show one for sending, so this accepts exactly what the app sends).
 */
function sendProblem(body: SendBody): string | undefined {
  const action = body.sender_action;
  if (action !== undefined && (typeof action !== "string" || !SENDER_ACTIONS.includes(action))) return "Invalid parameter sender_action";
  if ((action === "react" || action === "unreact") && typeof body.payload?.message_id !== "string") return "The parameter payload[message_id] is required";
  const replyTo = body.message?.reply_to as { mid?: unknown } | undefined;
  if (replyTo !== undefined && (typeof replyTo?.mid !== "string" || !replyTo.mid || Object.keys(replyTo).length !== 1)) return "Invalid parameter message[reply_to]";
  return undefined;
}

/**
 * Media by URL (§8): Meta fetches the file itself and refuses, with 100 / 2018047, what it
 * cannot fetch or what does not match the type. What it fetched is kept with the call.
 */
async function sendMedia(body: SendBody): Promise<Reply | { fetched: FetchedMedia } | undefined> {
  const attachment = body.message?.attachment;
  if (attachment === undefined) return undefined;
  if (body.message?.text !== undefined) return badParam("Only one of message[text] and message[attachment] may be set");
  const type = attachment?.type;
  const url = attachment?.payload?.url;
  if (typeof type !== "string" || !(ATTACHMENT_TYPES as readonly string[]).includes(type)) return badParam("Invalid parameter message[attachment][type]");
  if (typeof url !== "string" || !/^https?:\/\//.test(url)) return badParam("Invalid parameter message[attachment][payload][url]");
  const fetched = await fetchMedia(url);
  if (!mediaAccepted(type as (typeof ATTACHMENT_TYPES)[number], fetched)) {
    return graphError(400, { message: "(#100) Upload attachment failure.", type: "OAuthException", code: 100, subcode: 2018047 });
  }
  return { fetched };
}

async function sendMessage(state: StandInState, req: Req, user: User): Promise<Reply> {
  const body = (req.json && typeof req.json === "object" ? req.json : {}) as SendBody;
  const recipientId = body.recipient?.id ?? body.recipient?.comment_id;
  if (typeof recipientId !== "string" || !recipientId) return badParam("The parameter recipient is required");
  if (!body.message && !body.sender_action) return badParam("The parameter message is required");
  const text = body.message?.text;
  if (typeof text === "string" && Buffer.byteLength(text, "utf8") > MAX_TEXT_BYTES) {
    return badParam(`Length of param message[text] must be less than or equal to ${MAX_TEXT_BYTES}`);
  }
  const problem = sendProblem(body);
  if (problem) return badParam(problem);
  const media = await sendMedia(body);
  if (media && !("fetched" in media)) return media;
  const at = new Date(state.now()).toISOString();
  if (!body.message) {
    // Sender actions (react, typing_on, mark_seen) answer without a message id.
    state.messages.push({ userId: user.userId, recipientId, body: req.json, at });
    return json(200, { recipient_id: recipientId });
  }
  // Real mids are base64 of "ig_message_item:..."-like bytes; the prefix makes them look alike.
  const messageId = Buffer.concat([Buffer.from("ig_d"), randomBytes(60)]).toString("base64url");
  state.messages.push({ userId: user.userId, recipientId, messageId, body: req.json, at, ...(media ? { fetched: media.fetched } : {}) });
  return json(200, { recipient_id: recipientId, message_id: messageId });
}

/** Everything not under /oauth or /__control. */
export function graph(state: StandInState, req: Req): Reply | Promise<Reply> {
  const segments = req.path.split("/").filter(Boolean);
  if (segments[0] && VERSION.test(segments[0])) segments.shift();
  const [node, edge, extra] = segments;
  if (!node || extra !== undefined) return unsupported(req.method, node ?? "", 404);

  if (!edge && node === "access_token" && req.method === "GET") return exchangeToken(state, req);
  if (!edge && node === "refresh_access_token" && req.method === "GET") return refreshToken(state, req);

  const isOwnNode = node === "me" || /^\d+$/.test(node);
  const handled = (edge === undefined && req.method === "GET") || (edge === "subscribed_apps" && ["GET", "POST", "DELETE"].includes(req.method)) || (edge === "messages" && req.method === "POST");
  if (!isOwnNode || !handled) return unsupported(req.method, node, 404);

  const session = authenticate(state, tokenOf(req));
  if ("status" in session) return session;
  const user = session.user;
  const self = node === "me" || node === user.userId || (edge === undefined && node === user.appScopedId);

  if (edge === undefined) {
    if (self) return me(req, user);
    // Another business's IG_ID is not readable with this token; anything else is a customer IGSID.
    return state.users.has(node) ? unsupported(req.method, node) : customerProfile(state, req, node);
  }
  if (!self) return unsupported(req.method, node);
  return edge === "subscribed_apps" ? subscribedApps(state, req, user) : sendMessage(state, req, user);
}
