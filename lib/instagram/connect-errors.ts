import type { MetaError } from "@/lib/instagram/meta-error";

/** Every way connecting an Instagram account can end badly; each has its own translated screen. */
export const CONNECT_ERRORS = [
  "cancelled",
  "invalid_redirect_uri",
  "insufficient_developer_role",
  "api_access_deactivated",
  "not_configured",
  "state_invalid",
  "state_expired",
  "state_reused",
  "state_other_user",
  "code_used",
  "connected_elsewhere",
  "reauthorize_other_account",
  "missing_permissions",
  "not_professional_account",
  "meta_unavailable",
  "generic",
] as const;

export type ConnectErrorCode = (typeof CONNECT_ERRORS)[number];

/** The step of the callback that failed, named on the error screen. */
export type ConnectStep = "authorize" | "exchange_code" | "long_lived_token" | "profile" | "subscribe" | "save";

type Rule = { code: ConnectErrorCode; when: (error: MetaError) => boolean };

const says = (...fragments: string[]) => (error: MetaError) =>
  fragments.some((fragment) => error.message.toLowerCase().includes(fragment.toLowerCase()));

/**
 * The one table from Meta's answers to our error screens, first match wins. Meta's wording is
 * matched where it has no distinct code (instagram-platform.md §2 and §10).
 */
const RULES: Rule[] = [
  { code: "meta_unavailable", when: (e) => e.status === 0 || e.status >= 500 || e.code === 1 || e.code === 2 || e.transient === true },
  { code: "invalid_redirect_uri", when: says("invalid redirect_uri", "redirect_uri", "error validating verification code") },
  { code: "insufficient_developer_role", when: says("insufficient developer role") },
  { code: "api_access_deactivated", when: says("api access deactivated") },
  { code: "code_used", when: says("matching code was not found", "already used", "invalid authorization code", "code has expired") },
  { code: "missing_permissions", when: (e) => e.code === 10 || (e.code !== undefined && e.code >= 200 && e.code <= 299) },
];

export function classifyMetaError(error: MetaError): ConnectErrorCode {
  return RULES.find((rule) => rule.when(error))?.code ?? "generic";
}

/**
 * The `error` redirect from the authorize window: a user's "Cancel", or (seen by integrators)
 * a role or app problem reported as access_denied with its own description.
 */
export function classifyAuthorizeError(params: { error: string; reason?: string | null; description?: string | null }): ConnectErrorCode {
  const fromDescription = classifyMetaError({ status: 400, message: params.description ?? "" });
  if (fromDescription !== "generic" && fromDescription !== "meta_unavailable") return fromDescription;
  if (params.error === "access_denied") return "cancelled";
  return "generic";
}
