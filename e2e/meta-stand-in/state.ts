import type { FetchedMedia } from "./send-media";
import { createHash, randomBytes } from "node:crypto";

/** Everything one stand-in instance remembers. Several instances never share anything. */

export type AppConfig = { appId: string; appSecret: string; redirectUris: string[]; deactivated: boolean; name?: string };

export type Role = "admin" | "tester" | "none";
export type AccountType = "BUSINESS" | "MEDIA_CREATOR" | "PERSONAL";
export type TokenShape = "flat" | "data";

export type User = {
  /** The IG professional-account id (IG_ID): /me's `user_id`, webhook `entry[].id`. */
  userId: string;
  /** /me's `id`, the app-scoped id of the app user. */
  appScopedId: string;
  /** The token exchange's `user_id`, the "Instagram-app-scoped user id" (17 digits, above 2^53). */
  scopedUserId: string;
  username: string;
  name: string | null;
  accountType: AccountType;
  profilePictureUrl: string | null;
  role: Role;
  tokenShape: TokenShape;
  followersCount: number;
  followsCount: number;
  mediaCount: number;
};

/** A customer (IGSID) for the sender-profile lookup. Unset fields get deterministic fakes. */
export type Customer = {
  igsid: string;
  name?: string | null;
  username?: string;
  profile_pic?: string | null;
  follower_count?: number;
  is_verified_user?: boolean;
  is_user_follow_business?: boolean;
  is_business_follow_user?: boolean;
  /** false: the lookup fails with code 230, as before the customer has written. */
  consent?: boolean;
};

export type Code = { code: string; userId: string; redirectUri: string; scopes: string[]; expiresAt: number; used: boolean };

export type Token = { token: string; userId: string; kind: "short" | "long"; scopes: string[]; issuedAt: number; expiresAt: number; revoked: boolean };

export type Failure = {
  id: string;
  method?: string;
  path: string;
  userId?: string;
  /** Absent: only delay, then answer normally. */
  status?: number;
  /** A string is sent verbatim (to fake unreadable or hand-written JSON); anything else as JSON. */
  body?: unknown;
  /** Calls left; Infinity when the failure was added with times 0. */
  remaining: number;
  delayMs: number;
};

export type Call = {
  method: string;
  path: string;
  query: Record<string, string>;
  body?: unknown;
  userId?: string;
  status?: number;
  injected?: boolean;
  at: string;
};

export type SentMessage = { userId: string; recipientId: string; messageId?: string; body: unknown; at: string; fetched?: FetchedMedia };

export const SHORT_TOKEN_SECONDS = 60 * 60;
export const LONG_TOKEN_SECONDS = 60 * 24 * 60 * 60;
export const CODE_SECONDS = 60 * 60;

/** A digit string derived from a seed, so the same user always gets the same ids. */
export function digitsFrom(seed: string, length: number): string {
  let digits = "";
  for (let round = 0; digits.length < length; round++) {
    const hash = createHash("sha256").update(`${seed}:${round}`).digest();
    for (const byte of hash) digits += String(byte % 10);
  }
  return digits.slice(0, length);
}

/**
 * 17 digits starting with 1–9 and ending odd: every such number is above 2^53, where doubles
 * are all even, so JSON.parse cannot keep it. An app that reads it as a JS number is caught.
 */
export function bigScopedId(seed: string): string {
  const digits = digitsFrom(seed, 17);
  const first = String((Number(digits[0]) % 9) + 1);
  const last = String((Number(digits[16]) % 5) * 2 + 1);
  return `${first}${digits.slice(1, 16)}${last}`;
}

export function newToken(kind: "short" | "long"): string {
  // Instagram-Login tokens start with IGAA; the rest is opaque.
  return `IGAA${kind === "long" ? "L" : "S"}${randomBytes(48).toString("base64url")}`;
}

export function newCode(): string {
  return `AQ${randomBytes(96).toString("base64url")}`;
}

export class StandInState {
  app: AppConfig | undefined;
  users = new Map<string, User>();
  customers = new Map<string, Customer>();
  codes = new Map<string, Code>();
  tokens = new Map<string, Token>();
  subscriptions = new Map<string, string[]>();
  failures: Failure[] = [];
  calls: Call[] = [];
  messages: SentMessage[] = [];
  /** Added to the wall clock, so tests can let codes and tokens expire without waiting. */
  clockOffsetMs = 0;
  private nextFailureId = 1;

  now(): number {
    return Date.now() + this.clockOffsetMs;
  }

  addFailure(failure: Omit<Failure, "id">): string {
    const id = `f${this.nextFailureId++}`;
    this.failures.push({ id, ...failure });
    return id;
  }

  issueToken(userId: string, kind: "short" | "long", scopes: string[], options: { token?: string; expiresInSeconds?: number } = {}): Token {
    const issuedAt = this.now();
    const seconds = options.expiresInSeconds ?? (kind === "long" ? LONG_TOKEN_SECONDS : SHORT_TOKEN_SECONDS);
    const token: Token = { token: options.token ?? newToken(kind), userId, kind, scopes, issuedAt, expiresAt: issuedAt + seconds * 1000, revoked: false };
    this.tokens.set(token.token, token);
    return token;
  }

  /** Keeps the app config: it describes the "dashboard", not the traffic. */
  reset(): void {
    this.users.clear();
    this.customers.clear();
    this.codes.clear();
    this.tokens.clear();
    this.subscriptions.clear();
    this.failures = [];
    this.calls = [];
    this.messages = [];
    this.clockOffsetMs = 0;
  }

  /** The user a call acts as: from its token, its authorization code, or the login cookie. */
  resolveUserId(input: { token?: string; code?: string; cookieUser?: string }): string | undefined {
    if (input.token) return this.tokens.get(input.token)?.userId;
    if (input.code) return this.codes.get(input.code)?.userId;
    if (input.cookieUser && this.users.has(input.cookieUser)) return input.cookieUser;
    return undefined;
  }
}
