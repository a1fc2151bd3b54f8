import { encryptSecret } from "@/lib/crypto/secret-box";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/errors/is-unique-violation";
import { classifyMetaError, type ConnectErrorCode, type ConnectStep } from "@/lib/instagram/connect-errors";
import { exchangeCode, exchangeForLongLivedToken, fetchOwnProfile, subscribeToWebhooks } from "@/lib/instagram/meta-client";
import { MetaRequestError, type MetaError } from "@/lib/instagram/meta-error";
import { INSTAGRAM_SCOPES, WEBHOOK_FIELDS } from "@/lib/instagram/platform";
import { tokenPurpose } from "@/lib/instagram/token-purpose";
import type { InstagramProfile } from "@/lib/instagram/token-responses";
import { releaseWaitingReplies } from "@/lib/messages/waiting-replies";
import { getInstagramSettings, isInstagramConfigured } from "@/lib/settings/instagram-settings";

export type ConnectOutcome =
  | { ok: true; inboxId: number; reconnected: boolean }
  | { ok: false; error: ConnectErrorCode; step?: ConnectStep; meta?: MetaError };

/** `inboxId` when reauthorizing that inbox: then only its own Instagram account is accepted. */
type ConnectRequest = { accountId: number; code: string; redirectUri: string; inboxId?: number };

class StepFailure extends Error {
  constructor(readonly outcome: Extract<ConnectOutcome, { ok: false }>) {
    super(outcome.error);
  }
}

/** Runs one step; a Meta error becomes the screen for that step. */
async function step<T>(name: ConnectStep, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof MetaRequestError)) throw error;
    throw new StepFailure({ ok: false, error: classifyMetaError(error.meta), step: name, meta: error.meta });
  }
}

/**
 * The callback's work once `state` is verified: code → short-lived token → long-lived token →
 * profile → webhook subscription → channel and inbox in one transaction. Nothing is stored
 * unless every step succeeded. An account already connected here is re-authorized instead of
 * duplicated; one connected to another account is refused and left untouched, and so is a
 * different account than the inbox being reauthorized.
 */
export async function connectInstagramAccount(request: ConnectRequest): Promise<ConnectOutcome> {
  try {
    return await connect(request);
  } catch (error) {
    if (error instanceof StepFailure) return error.outcome;
    throw error;
  }
}

async function connect({ accountId, code, redirectUri, inboxId }: ConnectRequest): Promise<ConnectOutcome> {
  const settings = await getInstagramSettings();
  if (!isInstagramConfigured(settings)) return { ok: false, error: "not_configured" };
  const appId = settings.appId.value!;
  const appSecret = settings.appSecret.value!;
  const apiVersion = settings.apiVersion.value;

  const short = await step("exchange_code", () => exchangeCode({ appId, appSecret, redirectUri, code: code.replace(/#_$/, "") }));
  if (!INSTAGRAM_SCOPES.every((scope) => short.permissions.includes(scope))) {
    return { ok: false, error: "missing_permissions", step: "authorize" };
  }
  const long = await step("long_lived_token", () => exchangeForLongLivedToken({ appSecret, shortLivedToken: short.accessToken }));
  const profile = await step("profile", () => fetchOwnProfile({ apiVersion, token: long.accessToken }));
  if (profile.accountType && !/^(business|media_creator|creator)$/i.test(profile.accountType)) {
    return { ok: false, error: "not_professional_account", step: "profile" };
  }

  const client = await db();
  if (inboxId !== undefined) {
    const target = await client.instagramChannel.findFirst({ where: { inboxId, inbox: { accountId } }, select: { instagramUserId: true } });
    if (target?.instagramUserId !== profile.instagramUserId) return { ok: false, error: "reauthorize_other_account", step: "profile" };
  }
  const existing = await client.instagramChannel.findUnique({
    where: { instagramUserId: profile.instagramUserId },
    select: { inbox: { select: { id: true, accountId: true } } },
  });
  if (existing && existing.inbox.accountId !== accountId) return { ok: false, error: "connected_elsewhere", step: "save" };

  await step("subscribe", () => subscribeToWebhooks({ apiVersion, token: long.accessToken, fields: WEBHOOK_FIELDS.map((f) => f.name) }));

  const token = {
    accessToken: encryptSecret(long.accessToken, tokenPurpose(profile.instagramUserId)),
    tokenExpiresAt: new Date(Date.now() + long.expiresInSeconds * 1000),
    tokenRefreshedAt: new Date(),
    grantedScopes: short.permissions,
    reauthorizationRequired: false,
  };
  try {
    const saved = await save(accountId, profile, token);
    // Replies held while the token was dead go out now.
    if (saved.ok && saved.reconnected) await releaseWaitingReplies(saved.inboxId);
    return saved;
  } catch (error) {
    // Another tab connected the same account between our check and our insert.
    if (isUniqueViolation(error)) return { ok: false, error: "connected_elsewhere", step: "save" };
    throw error;
  }
}

type TokenFields = { accessToken: string; tokenExpiresAt: Date; tokenRefreshedAt: Date; grantedScopes: string[]; reauthorizationRequired: boolean };

async function save(accountId: number, profile: InstagramProfile, token: TokenFields): Promise<ConnectOutcome> {
  const client = await db();
  const { instagramUserId, username, name, accountType, profilePictureUrl } = profile;
  const details = { username, name, accountType, profilePictureUrl };
  return client.$transaction(async (tx) => {
    const channel = await tx.instagramChannel.findUnique({ where: { instagramUserId }, select: { inboxId: true, inbox: { select: { accountId: true } } } });
    if (channel) {
      if (channel.inbox.accountId !== accountId) return { ok: false, error: "connected_elsewhere", step: "save" } as const;
      await tx.instagramChannel.update({ where: { instagramUserId }, data: { ...details, ...token } });
      return { ok: true, inboxId: channel.inboxId, reconnected: true } as const;
    }
    const inbox = await tx.inbox.create({
      data: { accountId, name: username, channel: { create: { instagramUserId, ...details, ...token } } },
      select: { id: true },
    });
    return { ok: true, inboxId: inbox.id, reconnected: false } as const;
  });
}
