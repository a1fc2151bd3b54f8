import type { MetaError } from "@/lib/instagram/meta-error";

/** Why a reply did not go out; each has a translated text (Conversations.sendFailure.*). */
export const SEND_FAILURE_REASONS = [
  "windowClosed",
  "recipientUnavailable",
  "reauthorizationRequired",
  "permissionMissing",
  "accountRestricted",
  "invalidRequest",
  "attachmentRejected",
  "deliveryUncertain",
  "rateLimited",
  "metaUnavailable",
  "unknown",
] as const;
export type SendFailureReason = (typeof SEND_FAILURE_REASONS)[number];

export function isSendFailureReason(value: string): value is SendFailureReason {
  return (SEND_FAILURE_REASONS as readonly string[]).includes(value);
}

/** retry: try again later (the queue backs off); fail: give up now; reauthorize: give up and flag the inbox. */
export type SendErrorAction = "retry" | "fail" | "reauthorize";

type Rule = { code?: number | ((code: number) => boolean); subcode?: number; action: SendErrorAction; reason: SendFailureReason };

/**
 * Meta's Send API errors and what we do about each (instagram-platform.md §10), first match
 * wins. Specific subcodes come before their code's general rule.
 */
const RULES: Rule[] = [
  // Tokens: expired, revoked, password changed, app removed, checkpoints: an administrator must reconnect.
  { code: 190, action: "reauthorize", reason: "reauthorizationRequired" },
  { code: 102, action: "reauthorize", reason: "reauthorizationRequired" },
  // The 24-hour (or Human Agent) window, in Instagram's and Messenger's wording.
  { code: 10, subcode: 2534022, action: "fail", reason: "windowClosed" },
  { code: 10, subcode: 2018278, action: "fail", reason: "windowClosed" },
  { code: 10, subcode: 2018065, action: "fail", reason: "windowClosed" },
  { code: 10, subcode: 2018108, action: "fail", reason: "recipientUnavailable" },
  { code: 10, subcode: 1893063, action: "fail", reason: "accountRestricted" },
  { code: 10, action: "fail", reason: "permissionMissing" },
  { code: 551, action: "fail", reason: "recipientUnavailable" },
  { code: 200, subcode: 2534041, action: "fail", reason: "permissionMissing" },
  { code: (code) => code >= 200 && code <= 299, action: "fail", reason: "permissionMissing" },
  { code: 3, action: "fail", reason: "permissionMissing" },
  { code: 100, subcode: 2534029, action: "fail", reason: "accountRestricted" },
  { code: 100, subcode: 2534014, action: "fail", reason: "recipientUnavailable" },
  { code: 100, subcode: 2018001, action: "fail", reason: "recipientUnavailable" },
  // Meta could not fetch the file from its address, or it was not of the type sent.
  { code: 100, subcode: 2018047, action: "fail", reason: "attachmentRejected" },
  { code: 100, action: "fail", reason: "invalidRequest" },
  // Throttling, per account: wait and send again.
  { code: 4, action: "retry", reason: "rateLimited" },
  { code: 17, action: "retry", reason: "rateLimited" },
  { code: 32, action: "retry", reason: "rateLimited" },
  { code: 613, action: "retry", reason: "rateLimited" },
  { code: 80002, action: "retry", reason: "rateLimited" },
  // "Invalid JSON reply": the message may well have been delivered; its echo will tell. Never resent.
  { code: 1, subcode: 1357046, action: "fail", reason: "deliveryUncertain" },
  { code: 1, action: "retry", reason: "metaUnavailable" },
  { code: 2, action: "retry", reason: "metaUnavailable" },
];

export function classifySendError(error: MetaError): { action: SendErrorAction; reason: SendFailureReason } {
  if (error.code !== undefined) {
    const code = error.code;
    const rule = RULES.find(
      (r) => (typeof r.code === "function" ? r.code(code) : r.code === code) && (r.subcode === undefined || r.subcode === error.subcode),
    );
    if (rule) return { action: rule.action, reason: rule.reason };
  }
  // No answer (timeout, refused), a 5xx, or Meta's own hint: safe to try again.
  if (error.status === 0 || error.status >= 500 || error.transient) return { action: "retry", reason: "metaUnavailable" };
  return { action: "fail", reason: "unknown" };
}
