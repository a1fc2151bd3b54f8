import { expect, signInOn, test } from "../support/fixtures";
import { anInstagramAccount, continueToInstagram, logInToInstagram, meta } from "../support/instagram";
import { INSTAGRAM_APP, INSTAGRAM_BASE_URL, STAND_IN_URL } from "../support/instagram-app";
import { people } from "../support/seed-data";

const REDIRECT_URI = `${INSTAGRAM_BASE_URL}/instagram/callback`;

// The full wizard with its accessibility checks takes about 30 s on a busy CI machine.
test.describe.configure({ timeout: 90_000 });

test("an administrator connects an Instagram account, picks its agents and lands on the inbox", async ({ page, context, signIn, seeded }) => {
  const ig = await anInstagramAccount();
  await logInToInstagram(context, ig.userId);
  await signIn(people.acmeAdmin.email);

  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Inboxes" }).click();
  await page.getByRole("link", { name: "Connect Instagram" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Connect Instagram" })).toBeVisible();
  await page.getByRole("button", { name: "Continue with Instagram" }).click();
  await page.waitForURL(`${STAND_IN_URL}/oauth/authorize**`);

  const authorize = new URL(page.url());
  expect(authorize.searchParams.get("client_id")).toBe(INSTAGRAM_APP.id);
  expect(authorize.searchParams.get("redirect_uri")).toBe(REDIRECT_URI);
  expect(authorize.searchParams.get("response_type")).toBe("code");
  expect(authorize.searchParams.get("scope")).toBe("instagram_business_basic,instagram_business_manage_messages");
  expect(authorize.searchParams.get("state")).toMatch(/^[\w-]+\.[\w-]+$/);

  await page.getByRole("button", { name: "Allow" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Instagram account connected" })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/app/accounts/${seeded.accounts.acme}/settings/inboxes/\\d+/agents\\?connected=1$`));
  await page.getByLabel(people.acmeAgent.name).check();
  await page.getByRole("button", { name: "Finish" }).click();

  await expect(page).toHaveURL(new RegExp(`/app/accounts/${seeded.accounts.acme}/settings/inboxes/\\d+$`));
  await expect(page.getByRole("heading", { level: 1, name: ig.username })).toBeVisible();
  await expect(page.getByText("Connected", { exact: true })).toBeVisible();
  await expect(page.getByLabel(people.acmeAgent.name)).toBeChecked();

  const calls = await meta.calls({ userId: ig.userId });
  const exchange = calls.find((call) => call.path === "/oauth/access_token");
  expect(exchange?.method).toBe("POST");
  expect(exchange?.body).toMatchObject({
    client_id: INSTAGRAM_APP.id,
    client_secret: INSTAGRAM_APP.secret,
    grant_type: "authorization_code",
    redirect_uri: REDIRECT_URI,
  });
  expect(calls.some((call) => call.path === "/access_token" && call.query.grant_type === "ig_exchange_token")).toBe(true);
  expect(calls.some((call) => call.path === "/v25.0/me")).toBe(true);
  const subscribe = calls.find((call) => call.path === "/v25.0/me/subscribed_apps" && call.method === "POST");
  expect(subscribe?.query.subscribed_fields).toBe("messages,messaging_seen,message_reactions,messaging_postbacks,messaging_referral");
  expect((await meta.state()).subscriptions[ig.userId]).toEqual([
    "messages",
    "messaging_seen",
    "message_reactions",
    "messaging_postbacks",
    "messaging_referral",
  ]);

  await page.goto(`/app/accounts/${seeded.accounts.acme}/settings/inboxes`);
  await expect(page.getByRole("list", { name: "Inboxes of this account" }).getByText(ig.username, { exact: true })).toHaveCount(1);
});

test("the documented data[] token shape connects too", async ({ page, context, signIn, seeded }) => {
  const ig = await anInstagramAccount({ tokenShape: "data" });
  await logInToInstagram(context, ig.userId);
  await signIn(people.acmeAdmin.email);
  await continueToInstagram(page, seeded.accounts.acme);
  await page.getByRole("button", { name: "Allow" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Instagram account connected" })).toBeVisible();
});

test("connecting the same account again re-authorizes its inbox instead of duplicating it", async ({ page, context, signIn, seeded }) => {
  const ig = await anInstagramAccount();
  await logInToInstagram(context, ig.userId);
  await signIn(people.acmeAdmin.email);
  for (const heading of ["Instagram account connected", "Instagram account reconnected"]) {
    await continueToInstagram(page, seeded.accounts.acme);
    await page.getByRole("button", { name: "Allow" }).click();
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  }
  const longTokens = (await meta.state()).tokens.filter((token) => token.userId === ig.userId && token.kind === "long");
  expect(longTokens).toHaveLength(2);
  await page.goto(`/app/accounts/${seeded.accounts.acme}/settings/inboxes`);
  await expect(page.getByRole("list", { name: "Inboxes of this account" }).getByText(ig.username, { exact: true })).toHaveCount(1);
});

test("an account connected to another workspace is refused and stays where it is", async ({ page, context, signIn, seeded, browser, baseURL }) => {
  const ig = await anInstagramAccount();
  await logInToInstagram(context, ig.userId);
  await signIn(people.acmeAdmin.email);
  await continueToInstagram(page, seeded.accounts.acme);
  await page.getByRole("button", { name: "Allow" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Instagram account connected" })).toBeVisible();

  const other = await browser.newContext({ baseURL });
  await logInToInstagram(other, ig.userId);
  const gus = await other.newPage();
  await signInOn(gus, people.globexAdmin.email);
  await continueToInstagram(gus, seeded.accounts.globex);
  await gus.getByRole("button", { name: "Allow" }).click();
  await expect(gus.getByRole("heading", { name: "This Instagram account is connected to another workspace" })).toBeVisible();
  await gus.goto(`/app/accounts/${seeded.accounts.globex}/settings/inboxes`);
  await expect(gus.getByText(ig.username)).toHaveCount(0);
  await other.close();

  await page.goto(`/app/accounts/${seeded.accounts.acme}/settings/inboxes`);
  await expect(page.getByText(ig.username, { exact: true })).toHaveCount(1);
});

test("Cancel in Instagram's window shows the cancelled screen", async ({ page, context, signIn, seeded }) => {
  const ig = await anInstagramAccount();
  await logInToInstagram(context, ig.userId);
  await signIn(people.acmeAdmin.email);
  await continueToInstagram(page, seeded.accounts.acme);
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("heading", { name: "Instagram connection cancelled" })).toBeVisible();
  await expect(page).toHaveURL(`/app/accounts/${seeded.accounts.acme}/settings/inboxes/new/instagram?error=cancelled`);
  await page.getByRole("link", { name: "Try again" }).click();
  await expect(page.getByRole("button", { name: "Continue with Instagram" })).toBeVisible();
});

test("Meta's own error pages appear inside the authorize window", async ({ page, context }) => {
  const ig = await anInstagramAccount({ role: "none" });
  await logInToInstagram(context, ig.userId);
  const base = `${STAND_IN_URL}/oauth/authorize?client_id=${INSTAGRAM_APP.id}&response_type=code&scope=instagram_business_basic&state=x`;
  await page.goto(`${base}&redirect_uri=${encodeURIComponent("https://evil.example/callback")}`);
  await expect(page.getByRole("heading", { name: /Invalid redirect_uri/ })).toBeVisible();
  await page.goto(`${base}&redirect_uri=${encodeURIComponent(REDIRECT_URI)}`);
  await expect(page.getByRole("heading", { name: /Insufficient developer role/ })).toBeVisible();
});

const tokenErrors = [
  ["Invalid redirect_uri", "The redirect URL is not registered"],
  ["Insufficient developer role", "This Instagram account has no role on the Meta app"],
  ["API access deactivated", "Meta has deactivated API access for this app"],
  ["Matching code was not found or was already used", "The authorization code was already used or has expired"],
] as const;

for (const [message, heading] of tokenErrors) {
  test(`a token exchange answering “${message}” shows its own screen`, async ({ page, context, signIn, seeded }) => {
    const ig = await anInstagramAccount();
    await logInToInstagram(context, ig.userId);
    await meta.addFailure({ path: "/oauth/access_token", userId: ig.userId, status: 400, body: { error_type: "OAuthException", code: 400, error_message: message } });
    await signIn(people.acmeAdmin.email);
    await continueToInstagram(page, seeded.accounts.acme);
    await page.getByRole("button", { name: "Allow" }).click();
    await expect(page.getByRole("heading", { name: heading })).toBeVisible();
    await expect(page).toHaveURL(/\?error=\w+&attempt=\d+$/);
    expect(page.url()).not.toContain(encodeURIComponent(message).slice(0, 10));
    if (message === "Invalid redirect_uri") {
      await expect(page.getByRole("textbox", { name: "Redirect URL to register" })).toHaveValue(REDIRECT_URI);
    }
  });
}

test("a failed webhook subscription leaves no inbox behind, and super admins see Meta's details", async ({ page, context, signIn, seeded }) => {
  const ig = await anInstagramAccount();
  await logInToInstagram(context, ig.userId);
  await meta.addFailure({
    method: "POST",
    path: "*subscribed_apps",
    userId: ig.userId,
    status: 400,
    body: { error: { message: "Unsupported post request.", type: "GraphMethodException", code: 100, fbtrace_id: "AbCdTrace42" } },
  });
  await signIn(people.acmeAdmin.email);
  await continueToInstagram(page, seeded.accounts.acme);
  await page.getByRole("button", { name: "Allow" }).click();
  await expect(page.getByRole("heading", { name: "Instagram refused the connection" })).toBeVisible();
  await expect(page.getByText("Failed step: subscribing the account to webhooks")).toBeVisible();
  await expect(page.getByText("AbCdTrace42")).toHaveCount(0);
  const errorUrl = page.url();

  await page.goto(`/app/accounts/${seeded.accounts.acme}/settings/inboxes`);
  await expect(page.getByText(ig.username)).toHaveCount(0);

  // The same screen, for a super admin who also administers the account: Meta's details.
  await page.context().clearCookies();
  await signIn(people.operator.email);
  await page.goto(new URL(errorUrl).pathname + new URL(errorUrl).search);
  const details = page.getByRole("region", { name: "Details from Meta (super admins only)" });
  await expect(details.getByText("AbCdTrace42")).toBeVisible();
  await expect(details.getByText("Unsupported post request.")).toBeVisible();
  await expect(details.getByText("GraphMethodException")).toBeVisible();
});

test("a tampered or replayed state is refused with its own screen", async ({ page, context, signIn, seeded }) => {
  const ig = await anInstagramAccount();
  await logInToInstagram(context, ig.userId);
  await signIn(people.acmeAdmin.email);
  await page.goto("/instagram/callback?code=AQBxfake&state=forged.signature");
  await expect(page.getByRole("heading", { name: "This connection link is not valid" })).toBeVisible();

  await continueToInstagram(page, seeded.accounts.acme);
  await page.getByRole("button", { name: "Allow" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Instagram account connected" })).toBeVisible();
  // Replaying the callback URL the browser just used (same code, same state).
  const calls = await meta.calls({ userId: ig.userId });
  const state = calls.find((call) => call.path === "/oauth/authorize" && call.query.state)!.query.state!;
  const code = (calls.find((call) => call.path === "/oauth/access_token")!.body as Record<string, string>).code!;
  await page.goto(`/instagram/callback?${new URLSearchParams({ code, state })}`);
  await expect(page.getByRole("heading", { name: "This connection was already completed" })).toBeVisible();
});

test("an error screen follows the language the connection started in", async ({ page, context, signIn, seeded }) => {
  const ig = await anInstagramAccount();
  await logInToInstagram(context, ig.userId);
  await signIn(people.acmeAdmin.email);
  await continueToInstagram(page, seeded.accounts.acme, "/es");
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page).toHaveURL(`/es/app/accounts/${seeded.accounts.acme}/settings/inboxes/new/instagram?error=cancelled`);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");

  await page.goto(`/ar/app/accounts/${seeded.accounts.acme}/settings/inboxes/new/instagram?error=connected_elsewhere`);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 2 })).not.toHaveText("This Instagram account is connected to another workspace");
});

test("unticking a permission in Instagram's window shows the missing-permissions screen", async ({ page, context, signIn, seeded }) => {
  const ig = await anInstagramAccount();
  await logInToInstagram(context, ig.userId);
  await signIn(people.acmeAdmin.email);
  await continueToInstagram(page, seeded.accounts.acme);
  await page.getByRole("checkbox", { name: /instagram_business_manage_messages/ }).uncheck();
  await page.getByRole("button", { name: "Allow" }).click();
  await expect(page.getByRole("heading", { name: "Some permissions were not granted" })).toBeVisible();
});

test("Meta failing on every retry shows the unavailable screen, after a bounded number of tries", async ({ page, context, signIn, seeded }) => {
  const ig = await anInstagramAccount();
  await logInToInstagram(context, ig.userId);
  await meta.addFailure({ path: "/access_token", userId: ig.userId, status: 503, body: "Service Unavailable", times: 0 });
  await signIn(people.acmeAdmin.email);
  await continueToInstagram(page, seeded.accounts.acme);
  await page.getByRole("button", { name: "Allow" }).click();
  await expect(page.getByRole("heading", { name: "Instagram is not answering" })).toBeVisible();
  await expect(page.getByText("Failed step: getting a long-lived token")).toBeVisible();
  expect((await meta.calls({ userId: ig.userId, path: "/access_token" })).length).toBe(3);
});

test("agents cannot open the wizard", async ({ page, signIn, seeded }) => {
  await signIn(people.acmeAgent.email);
  const response = await page.goto(`/app/accounts/${seeded.accounts.acme}/settings/inboxes/new/instagram`);
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("button", { name: "Continue with Instagram" })).toHaveCount(0);
});
