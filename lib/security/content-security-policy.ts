/**
 * The pages' Content-Security-Policy: scripts only with this response's nonce ('strict-dynamic'
 * lets Next's nonced loader pull in its chunks), nothing framed, forms posted only here or to
 * Instagram's authorize page. Styles allow inline attributes: React renders `style=` on the
 * server (a progress bar's width), and they cannot run script.
 */
export function contentSecurityPolicy({ nonce, oauthOrigin, https, development }: { nonce: string; oauthOrigin: string; https: boolean; development: boolean }): string {
  const directives = [
    "default-src 'self'",
    // React's development build evaluates code for its stack traces.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "media-src 'self' blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self' ${oauthOrigin}`,
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}
