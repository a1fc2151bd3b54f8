import { escapeHtml as e } from "./http";
import type { User } from "./state";

/**
 * The authorize window's HTML. Plain, accessible markup (the e2e suite runs axe on every page a
 * test visits) that looks enough like Instagram for a newcomer to recognise the step.
 */

const STYLE = `
  body { margin: 0; font-family: -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; background: #fafafa; color: #262626; }
  main { max-width: 420px; margin: 48px auto; padding: 32px; background: #fff; border: 1px solid #dbdbdb; border-radius: 8px; }
  .logo { font: italic 600 28px Georgia, serif; text-align: center; margin: 0 0 8px; color: #262626; }
  .badge { display: block; text-align: center; font-size: 12px; color: #595959; margin-bottom: 24px; }
  h1 { font-size: 20px; margin: 0 0 16px; }
  p { line-height: 1.45; }
  .muted { color: #595959; font-size: 14px; }
  ul.scopes { list-style: none; padding: 0; margin: 16px 0; }
  ul.scopes li { padding: 8px 0; border-bottom: 1px solid #efefef; }
  ul.scopes label { display: flex; gap: 10px; align-items: flex-start; }
  .buttons { display: flex; gap: 12px; margin-top: 24px; }
  button { font: inherit; font-weight: 600; padding: 10px 16px; border-radius: 8px; border: 0; cursor: pointer; }
  button.primary { background: #0058c7; color: #fff; flex: 1; }
  button.secondary { background: #efefef; color: #262626; flex: 1; }
  button.link { background: none; color: #0058c7; padding: 0; text-decoration: underline; }
  .accounts { display: grid; gap: 8px; margin-top: 16px; }
  .accounts button { width: 100%; text-align: left; display: flex; gap: 12px; align-items: center; }
  .avatar { width: 32px; height: 32px; border-radius: 50%; vertical-align: middle; }
  .error h1 { color: #b00020; }
  code { background: #efefef; padding: 1px 4px; border-radius: 4px; }
`;

function layout(title: string, content: string, className = ""): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${e(title)} • Instagram</title><style>${STYLE}</style></head>
<body><main class="${className}">
<p class="logo" aria-hidden="true">Instagram</p>
<span class="badge">Local Meta stand-in, not the real Instagram</span>
${content}
</main></body>
</html>`;
}

/** Meta shows configuration errors inside the window and never redirects (instagram-platform.md §1). */
export function errorPage(heading: string, detail: string): string {
  return layout(heading, `<h1>${e(heading)}</h1><p>${e(detail)}</p>`, "error");
}

/** The "who is logged into Instagram in this browser" step; the choice is kept in the ig_user cookie. */
export function loginPage(users: User[], returnTo: string, avatar: (user: User) => string): string {
  const buttons = users
    .map(
      (user) => `<form method="post" action="/oauth/authorize/login">
  <input type="hidden" name="user_id" value="${e(user.userId)}"><input type="hidden" name="return_to" value="${e(returnTo)}">
  <button type="submit" class="secondary"><img class="avatar" src="${e(avatar(user))}" alt="">Log in as @${e(user.username)}</button>
</form>`,
    )
    .join("\n");
  const body = users.length
    ? `<div class="accounts">${buttons}</div>`
    : `<p>No Instagram accounts exist yet. Add one with <code>PUT /__control/users/:userId</code> or start the stand-in with <code>--seed-users</code>.</p>`;
  return layout("Log in", `<h1>Log in to Instagram</h1><p class="muted">Choose the Instagram account that is logged in to this browser.</p>${body}`);
}

const SCOPE_TEXT: Record<string, string> = {
  instagram_business_basic: "Access your profile and media (required)",
  instagram_business_manage_messages: "Read and reply to your direct messages",
  instagram_business_manage_comments: "Read, reply to and manage comments",
  instagram_business_content_publish: "Publish content to your account",
  instagram_business_manage_insights: "Read insights about your account and media",
};

export const REQUIRED_SCOPE = "instagram_business_basic";

/** The consent screen. The form posts back to the same authorize URL, which re-validates it. */
export function consentPage(input: { appName: string; user: User; scopes: string[]; action: string; avatar: string }): string {
  const items = input.scopes
    .map((scope) => {
      const required = scope === REQUIRED_SCOPE;
      // A disabled checkbox is not submitted, so the required scope also travels in a hidden field.
      const box = required
        ? `<input type="checkbox" checked disabled aria-describedby="required-note"><input type="hidden" name="granted_scopes" value="${e(scope)}">`
        : `<input type="checkbox" name="granted_scopes" value="${e(scope)}" checked>`;
      return `<li><label>${box}<span><strong>${e(scope)}</strong><br><span class="muted">${e(SCOPE_TEXT[scope] ?? scope)}</span></span></label></li>`;
    })
    .join("\n");
  const content = `<h1>Allow ${e(input.appName)} to access your Instagram account?</h1>
<p class="muted"><img class="avatar" src="${e(input.avatar)}" alt=""> Logged in as <strong>@${e(input.user.username)}</strong></p>
<form method="post" action="${e(input.action)}">
  <fieldset style="border:0;padding:0;margin:0"><legend>${e(input.appName)} is asking for:</legend>
  <ul class="scopes">${items}</ul></fieldset>
  <p id="required-note" class="muted">${e(REQUIRED_SCOPE)} is required and cannot be turned off.</p>
  <div class="buttons">
    <button type="submit" name="decision" value="cancel" class="secondary">Cancel</button>
    <button type="submit" name="decision" value="allow" class="primary">Allow</button>
  </div>
</form>
<form method="post" action="/oauth/authorize/logout"><input type="hidden" name="return_to" value="${e(input.action)}">
  <p class="muted">Not @${e(input.user.username)}? <button type="submit" class="link">Switch account</button></p>
</form>`;
  return layout("Allow access", content);
}

/** A round avatar with the account's initial, so profile pictures work offline. */
export function avatarSvg(seed: string, label: string): string {
  const hue = [...seed].reduce((sum, c) => (sum * 31 + c.charCodeAt(0)) % 360, 7);
  const initial = e((label.replace(/[^a-z0-9]/gi, "")[0] ?? "?").toUpperCase());
  return `<svg xmlns="http://www.w3.org/2000/svg" width="150" height="150" viewBox="0 0 150 150"><circle cx="75" cy="75" r="75" fill="hsl(${hue} 55% 40%)"/><text x="75" y="96" font-family="Arial, sans-serif" font-size="64" fill="#fff" text-anchor="middle">${initial}</text></svg>`;
}
