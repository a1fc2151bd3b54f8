import { listUserAccounts } from "@/lib/accounts/list-user-accounts";
import { assertAccountAccess } from "@/lib/auth/assert-account-access";
import type { CurrentUser } from "@/lib/auth/get-current-user";
import { landingPath } from "@/lib/auth/landing-path";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { connectInstagramAccount, type ConnectOutcome } from "@/lib/instagram/connect-account";
import { classifyAuthorizeError, type ConnectErrorCode } from "@/lib/instagram/connect-errors";
import { connectWizardPath } from "@/lib/instagram/connect-paths";
import { consumeOAuthState, wasOAuthStateUsed } from "@/lib/instagram/consume-oauth-state";
import { readOAuthState } from "@/lib/instagram/oauth-state";
import { OAUTH_CALLBACK_PATH } from "@/lib/instagram/platform";
import { logger } from "@/lib/logger";

export type CallbackInput = { params: URLSearchParams; cookieNonce: string | undefined; user: CurrentUser | null; fallbackLocale: string };

/** Where the browser goes next: a path without locale prefix, in the locale the user started in. */
export type CallbackResult = { href: string; locale: string };

/**
 * GET /instagram/callback: verify the state (signature, expiry, this user, this browser, first
 * use), then connect the account. Errors lead to the wizard's error screens with a code only;
 * Meta's details stay in the database for super admins.
 */
export async function handleInstagramCallback({ params, cookieNonce, user, fallbackLocale }: CallbackInput): Promise<CallbackResult> {
  if (!user) return { href: "/login", locale: fallbackLocale };
  const check = readOAuthState(params.get("state"));
  if (!check.ok) return { href: `${await landingWizard(user)}?error=${check.reason}`, locale: fallbackLocale };
  const { state } = check;
  const fail = (error: ConnectErrorCode, attempt?: number) => ({
    href: `${connectWizardPath(state.accountId)}?error=${error}${attempt ? `&attempt=${attempt}` : ""}${state.inboxId ? `&inbox=${state.inboxId}` : ""}`,
    locale: state.locale,
  });

  if (state.userId !== user.id) return { href: `${await landingWizard(user)}?error=state_other_user`, locale: state.locale };
  try {
    await assertAccountAccess({ userId: user.id, accountId: state.accountId, role: "administrator" });
  } catch {
    return { href: `${await landingWizard(user)}?error=state_other_user`, locale: state.locale };
  }
  // The cookie is gone after the first use, so a replay is recognised before the cookie check.
  if (await wasOAuthStateUsed(state)) return fail("state_reused");
  if (cookieNonce !== state.nonce) return fail("state_invalid");
  if (!(await consumeOAuthState(state))) return fail("state_reused");

  const error = params.get("error");
  if (error) {
    return fail(classifyAuthorizeError({ error, reason: params.get("error_reason"), description: params.get("error_description") }));
  }
  const code = params.get("code");
  if (!code) return fail("generic");

  const outcome = await connectInstagramAccount({
    accountId: state.accountId,
    code,
    redirectUri: `${env().APP_URL}${OAUTH_CALLBACK_PATH}`,
    inboxId: state.inboxId,
  });
  if (outcome.ok) {
    const flag = outcome.reconnected ? "reconnected" : "connected";
    return { href: `/app/accounts/${state.accountId}/settings/inboxes/${outcome.inboxId}/agents?${flag}=1`, locale: state.locale };
  }
  return fail(outcome.error, await recordAttempt(state.accountId, user.id, outcome));
}

/** For a state that names no usable account: the wizard of the user's first account. */
async function landingWizard(user: CurrentUser): Promise<string> {
  const [first] = await listUserAccounts({ userId: user.id });
  return first ? connectWizardPath(first.id) : landingPath(user);
}

async function recordAttempt(accountId: number, userId: number, outcome: Extract<ConnectOutcome, { ok: false }>) {
  const { meta } = outcome;
  logger.warn(
    { accountId, error: outcome.error, step: outcome.step, metaStatus: meta?.status, metaCode: meta?.code, fbtraceId: meta?.fbtraceId },
    "instagram connection failed",
  );
  const client = await db();
  const attempt = await client.connectAttempt.create({
    data: {
      accountId,
      userId,
      error: outcome.error,
      step: outcome.step,
      metaStatus: meta?.status,
      metaType: meta?.type,
      metaCode: meta?.code,
      metaSubcode: meta?.subcode,
      metaMessage: meta?.message.slice(0, 1000),
      fbtraceId: meta?.fbtraceId,
    },
    select: { id: true },
  });
  return attempt.id;
}
