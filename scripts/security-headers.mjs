// @ts-check
/**
 * Headers every response carries (pages, route handlers, the webhook intake), set in front of
 * Next by scripts/server.mjs. The pages' Content-Security-Policy, which needs a nonce per
 * request, comes from proxy.ts; the media routes send their own sandboxing one.
 * @param {string} appUrl the public base URL: HSTS only when it is https
 * @returns {[string, string][]}
 */
export function securityHeaders(appUrl) {
  return [
    ["X-Content-Type-Options", "nosniff"],
    ["Referrer-Policy", "same-origin"],
    // The legacy twin of frame-ancestors 'none', for responses without a CSP.
    ["X-Frame-Options", "DENY"],
    ["Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"],
    ...(/** @type {[string, string][]} */ (appUrl.startsWith("https:") ? [["Strict-Transport-Security", "max-age=31536000; includeSubDomains"]] : [])),
  ];
}
