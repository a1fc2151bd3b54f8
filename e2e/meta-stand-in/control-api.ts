import { json, type Reply, type Req } from "./http";
import { bigScopedId, digitsFrom, type AccountType, type AppConfig, type Call, type Customer, type Failure, type Role, type StandInState, type Token, type TokenShape, type User } from "./state";

/** The test-only API under /__control: arrange Meta's side, inject failures, inspect traffic. */

export type AppInput = { appId: string; appSecret: string; redirectUris: string[]; deactivated?: boolean; name?: string };

export type UserInput = {
  username: string;
  name?: string | null;
  accountType?: AccountType;
  profilePictureUrl?: string | null;
  role?: Role;
  tokenShape?: TokenShape;
  followersCount?: number;
  followsCount?: number;
  mediaCount?: number;
  /** Override the derived ids, e.g. to make the token's user_id equal the IG_ID as one integration saw. */
  appScopedId?: string;
  scopedUserId?: string;
};

export type CustomerInput = Omit<Customer, "igsid">;

export type FailureInput = {
  method?: string;
  /** See matchesPath. */
  path: string;
  userId?: string;
  status?: number;
  body?: unknown;
  /** Default 1; 0 = every matching call until cleared. */
  times?: number;
  delayMs?: number;
};

export type FailureView = Omit<Failure, "remaining"> & { timesLeft: number | null };

export type TokenInput = { userId: string; kind?: "short" | "long"; scopes?: string[]; token?: string; expiresInSeconds?: number };

export type TokenView = { userId: string; kind: "short" | "long"; token: string; scopes: string[]; expiresAt: string; revoked: boolean };

export type StateView = {
  subscriptions: Record<string, string[]>;
  tokens: TokenView[];
  messages: StandInState["messages"];
};

export type { AppConfig, Call, Customer, User };

/**
 * The one matching rule for failures and the call-log filter, on the URL path without query:
 * "*" matches everything, "/a/*" is a prefix, "*subscribed_apps" a suffix, "*me*" a substring,
 * anything else must be equal.
 */
export function matchesPath(pattern: string, path: string): boolean {
  if (pattern === "*") return true;
  const starts = pattern.startsWith("*");
  const ends = pattern.endsWith("*");
  const core = pattern.slice(starts ? 1 : 0, ends ? -1 : undefined);
  if (starts && ends) return path.includes(core);
  if (starts) return path.endsWith(core);
  if (ends) return path.startsWith(core);
  return path === pattern;
}

class ControlError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function fail(message: string, status = 400): never {
  throw new ControlError(status, message);
}

function object(value: unknown): Record<string, unknown> {
  if (!value || typeof value !== "object" || Array.isArray(value)) fail("the body must be a JSON object");
  return value as Record<string, unknown>;
}

function str(body: Record<string, unknown>, key: string): string {
  const value = body[key];
  if (typeof value !== "string" || !value) fail(`${key} must be a non-empty string`);
  return value;
}

function optional<T>(body: Record<string, unknown>, key: string, check: (value: unknown) => boolean, what: string): T | undefined {
  const value = body[key];
  if (value === undefined) return undefined;
  if (!check(value)) fail(`${key} must be ${what}`);
  return value as T;
}

const isString = (value: unknown) => typeof value === "string";
const isNumber = (value: unknown) => typeof value === "number" && Number.isFinite(value) && value >= 0;
const isDigits = (value: unknown) => typeof value === "string" && /^\d+$/.test(value);
const oneOf = (...values: string[]) => (value: unknown) => values.includes(value as string);

function toApp(input: unknown): AppConfig {
  const body = object(input);
  const redirectUris = body.redirectUris;
  if (!Array.isArray(redirectUris) || !redirectUris.every((uri) => typeof uri === "string")) fail("redirectUris must be an array of strings");
  return {
    appId: str(body, "appId"),
    appSecret: str(body, "appSecret"),
    redirectUris: redirectUris as string[],
    deactivated: optional<boolean>(body, "deactivated", (v) => typeof v === "boolean", "a boolean") ?? false,
    name: optional<string>(body, "name", isString, "a string"),
  };
}

/** Ids not given are derived from the IG_ID, so a user keeps them across PUTs and runs. */
export function toUser(userId: string, input: unknown): User {
  if (!/^\d+$/.test(userId)) fail("the user id in the path must be digits");
  const body = object(input);
  const nullableString = (value: unknown) => value === null || typeof value === "string";
  return {
    userId,
    appScopedId: optional<string>(body, "appScopedId", isDigits, "a digit string") ?? `${7}${digitsFrom(`${userId}:app-scoped`, 15)}`,
    scopedUserId: optional<string>(body, "scopedUserId", isDigits, "a digit string") ?? bigScopedId(`${userId}:token-user`),
    username: str(body, "username"),
    name: optional<string | null>(body, "name", nullableString, "a string or null") ?? null,
    accountType: optional<AccountType>(body, "accountType", oneOf("BUSINESS", "MEDIA_CREATOR", "PERSONAL"), "BUSINESS, MEDIA_CREATOR or PERSONAL") ?? "BUSINESS",
    profilePictureUrl: optional<string | null>(body, "profilePictureUrl", nullableString, "a string or null") ?? null,
    role: optional<Role>(body, "role", oneOf("admin", "tester", "none"), "admin, tester or none") ?? "tester",
    tokenShape: optional<TokenShape>(body, "tokenShape", oneOf("flat", "data"), "flat or data") ?? "flat",
    followersCount: optional<number>(body, "followersCount", isNumber, "a number") ?? 0,
    followsCount: optional<number>(body, "followsCount", isNumber, "a number") ?? 0,
    mediaCount: optional<number>(body, "mediaCount", isNumber, "a number") ?? 0,
  };
}

function toFailure(input: unknown): Omit<Failure, "id"> {
  const body = object(input);
  const times = optional<number>(body, "times", (v) => Number.isInteger(v) && (v as number) >= 0, "a whole number ≥ 0") ?? 1;
  const status = optional<number>(body, "status", (v) => Number.isInteger(v) && (v as number) >= 100 && (v as number) <= 599, "an HTTP status");
  const delayMs = optional<number>(body, "delayMs", isNumber, "a number") ?? 0;
  if (status === undefined && delayMs === 0) fail("give a status, a delayMs, or both");
  return {
    method: optional<string>(body, "method", isString, "a string")?.toUpperCase(),
    path: str(body, "path"),
    userId: optional<string>(body, "userId", isDigits, "a digit string"),
    status,
    body: body.body,
    remaining: times === 0 ? Infinity : times,
    delayMs,
  };
}

function viewToken(token: Token): TokenView {
  return { userId: token.userId, kind: token.kind, token: token.token, scopes: token.scopes, expiresAt: new Date(token.expiresAt).toISOString(), revoked: token.revoked };
}

function viewFailure({ remaining, ...failure }: Failure): FailureView {
  return { ...failure, timesLeft: remaining === Infinity ? null : remaining };
}

export function control(state: StandInState, req: Req): Reply {
  try {
    const result = route(state, req);
    return result === undefined ? json(404, { error: `no control route ${req.method} ${req.path}` }) : json(200, result);
  } catch (error) {
    if (error instanceof ControlError) return json(error.status, { error: error.message });
    throw error;
  }
}

function route(state: StandInState, req: Req): unknown {
  const [resource, id, ...rest] = req.path.split("/").filter(Boolean).slice(1);
  if (rest.length) return undefined;
  const key = `${req.method} ${resource ?? ""}${id === undefined ? "" : "/:id"}`;
  // Control bodies are JSON whatever the content type says (curl -d sends a form type).
  let body: unknown;
  try {
    body = req.text ? JSON.parse(req.text) : undefined;
  } catch {
    fail("the body is not valid JSON");
  }

  switch (key) {
    case "GET app":
      return state.app ?? null;
    case "PUT app":
      state.app = toApp(body);
      return state.app;
    case "GET users":
      return [...state.users.values()];
    case "GET users/:id":
      return state.users.get(id!) ?? fail("no such user", 404);
    case "PUT users/:id": {
      const user = toUser(id!, body);
      state.users.set(user.userId, user);
      return user;
    }
    case "PUT customers/:id": {
      if (!/^\d+$/.test(id!)) fail("the IGSID in the path must be digits");
      const customer = { ...object(body), igsid: id! } as Customer;
      state.customers.set(id!, customer);
      return customer;
    }
    case "GET failures":
      return state.failures.map(viewFailure);
    case "POST failures":
      return { id: state.addFailure(toFailure(body)) };
    case "DELETE failures": {
      const cleared = state.failures.length;
      state.failures = [];
      return { cleared };
    }
    case "DELETE failures/:id": {
      const before = state.failures.length;
      state.failures = state.failures.filter((failure) => failure.id !== id);
      return { deleted: state.failures.length < before };
    }
    case "GET calls": {
      const { userId, path } = req.query;
      return state.calls.filter((call) => (!userId || call.userId === userId) && (!path || matchesPath(path, call.path)));
    }
    case "GET state":
      return {
        subscriptions: Object.fromEntries(state.subscriptions),
        tokens: [...state.tokens.values()].map(viewToken),
        messages: state.messages,
      } satisfies StateView;
    case "POST tokens": {
      // Gives an account a working token without the browser flow, e.g. for seeded inboxes.
      const input = object(body);
      const userId = str(input, "userId");
      if (!state.users.has(userId)) fail("no such user", 404);
      const kind = optional<"short" | "long">(input, "kind", oneOf("short", "long"), "short or long") ?? "long";
      const scopes = optional<string[]>(input, "scopes", (v) => Array.isArray(v) && v.every(isString), "an array of strings") ?? [
        "instagram_business_basic",
        "instagram_business_manage_messages",
      ];
      const token = optional<string>(input, "token", isString, "a string");
      if (token && state.tokens.has(token)) fail("that token already exists");
      return viewToken(state.issueToken(userId, kind, scopes, { token, expiresInSeconds: optional<number>(input, "expiresInSeconds", isNumber, "a number") }));
    }
    case "POST tokens/:id": {
      if (id !== "revoke") return undefined;
      const userId = str(object(body), "userId");
      let revoked = 0;
      for (const token of state.tokens.values()) {
        if (token.userId === userId && !token.revoked) {
          token.revoked = true;
          revoked++;
        }
      }
      return { revoked };
    }
    case "POST clock": {
      const advanceMs = optional<number>(object(body), "advanceMs", (v) => typeof v === "number" && Number.isFinite(v), "a number") ?? 0;
      state.clockOffsetMs += advanceMs;
      return { now: new Date(state.now()).toISOString(), offsetMs: state.clockOffsetMs };
    }
    case "POST reset":
      state.reset();
      return { ok: true };
    default:
      return undefined;
  }
}
