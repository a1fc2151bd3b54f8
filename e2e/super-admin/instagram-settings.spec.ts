import type { Page } from "@playwright/test";
import { expect, signInOn, test } from "../support/fixtures";
import { people } from "../support/seed-data";

// The settings are one installation-wide record: these tests run one after another.
test.describe.configure({ mode: "serial" });

const PATH = "/super_admin/app_config?config=instagram";
const SECRET = "e2e0secret0d41d8cd98f00b204e9800998ecf8427e";
const NEW_SECRET = "e2e1secret19a0364b9e99bb480dd25e1f0284c8555";

/** Every response body the page receives in full, to look for secrets in. */
function recordResponses(page: Page) {
  const bodies: Promise<string>[] = [];
  page.on("requestfinished", (request) => {
    bodies.push(request.response().then((response) => response?.text() ?? "").catch(() => ""));
  });
  return async () => (await Promise.all(bodies)).join("\n");
}

test("without an app secret, the connect wizard says Instagram is not configured", async ({ page, signIn, seeded }) => {
  await signIn(people.acmeAdmin.email);
  await page.goto(`/app/accounts/${seeded.accounts.acme}/settings/inboxes/new/instagram`);
  await expect(page.getByRole("heading", { name: "Instagram is not configured" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Continue with Instagram" })).toHaveCount(0);
  // Only super admins get the way to the settings.
  await expect(page.getByRole("link", { name: "Open Instagram settings" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Back to inboxes" })).toBeVisible();
});

test("the environment fallback shows as such until a value is saved here", async ({ page, context, signIn, baseURL }) => {
  await signIn(people.superAdmin.email);
  await page.goto(PATH);
  await expect(page.getByRole("heading", { level: 1, name: "Instagram" })).toBeVisible();
  await expect(page.getByLabel("Instagram App ID")).toHaveValue("");
  await expect(page.getByLabel("Instagram App ID")).toHaveAttribute("placeholder", "555000111");
  await expect(page.getByText("Not saved here: 555000111 comes from the environment (INSTAGRAM_APP_ID).")).toBeVisible();
  await expect(page.getByText("From environment")).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Webhook callback URL" })).toHaveValue(`${baseURL}/webhooks/instagram`);
  await expect(page.getByRole("textbox", { name: "OAuth redirect URL" })).toHaveValue(`${baseURL}/instagram/callback`);
  await expect(page.getByText(/Meta will not reach this address/)).toBeVisible();

  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.getByRole("button", { name: "Copy OAuth redirect URL" }).click();
  await expect(page.getByRole("status").getByText("OAuth redirect URL copied.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/instagram/callback`);
});

test("a super admin saves every field, sees them after reload, and the secret never reaches the browser", async ({ page, signIn, request }) => {
  await signIn(people.superAdmin.email);
  const responses = recordResponses(page);
  await page.goto(PATH);

  await page.getByLabel("Instagram App ID").fill("1234567890123456");
  await page.getByLabel("Instagram App Secret").fill(SECRET);
  await page.getByRole("button", { name: "Generate a verify token" }).click();
  const verifyToken = await page.getByLabel("Webhook verify token").inputValue();
  expect(verifyToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
  await page.getByLabel("Graph API version").selectOption("v24.0");
  await page.getByLabel("Human Agent replies").check();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").getByText("Instagram settings saved.")).toBeVisible();

  await page.reload();
  await expect(page.getByLabel("Instagram App ID")).toHaveValue("1234567890123456");
  await expect(page.getByText(/^Set · changed .+ by Sam Super$/)).toBeVisible();
  await expect(page.locator('input[name="appSecret"]')).toHaveCount(0);
  await expect(page.getByLabel("Webhook verify token")).toHaveValue(verifyToken);
  await expect(page.getByLabel("Graph API version")).toHaveValue("v24.0");
  await expect(page.getByLabel("Human Agent replies")).toBeChecked();
  const history = page.getByRole("region", { name: "Recent changes" });
  for (const field of ["Instagram App ID", "Instagram App Secret", "Webhook verify token", "Graph API version", "Human Agent replies"]) {
    await expect(history.getByText(`Sam Super changed ${field}`)).toBeVisible();
  }

  expect(await page.content()).not.toContain(SECRET);
  const html = await (await page.request.get(PATH)).text();
  expect(html).toContain("1234567890123456");
  expect(html).not.toContain(SECRET);
  expect(await responses()).not.toContain(SECRET);

  // Saved without a restart: Meta's handshake now answers with the new token.
  const challenge = await request.get(`/webhooks/instagram?hub.mode=subscribe&hub.verify_token=${verifyToken}&hub.challenge=8675309`);
  expect(challenge.status()).toBe(200);
  expect(await challenge.text()).toBe("8675309");
  const refused = await request.get("/webhooks/instagram?hub.mode=subscribe&hub.verify_token=wrong-token-0000000&hub.challenge=1");
  expect(refused.status()).toBe(403);
});

test("Replace enters a new secret; keeping the current one changes nothing", async ({ page, signIn }) => {
  await signIn(people.superAdmin.email);
  const responses = recordResponses(page);
  await page.goto(PATH);
  const history = page.getByRole("region", { name: "Recent changes" });
  const secretChanges = history.getByText("Sam Super changed Instagram App Secret");
  const before = await secretChanges.count();

  await page.getByRole("button", { name: "Replace" }).click();
  await expect(page.getByLabel("Instagram App Secret")).toBeFocused();
  await page.getByRole("button", { name: "Keep the current secret" }).click();
  await expect(page.locator('input[name="appSecret"]')).toHaveCount(0);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").getByText("Nothing to save: no setting changed.")).toBeVisible();

  await page.getByRole("button", { name: "Replace" }).click();
  await page.getByLabel("Instagram App Secret").fill(NEW_SECRET);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").getByText("Instagram settings saved.")).toBeVisible();
  await expect(secretChanges).toHaveCount(before + 1);
  await expect(page.getByText(/^Set · changed .+ by Sam Super$/)).toBeVisible();
  expect(await page.content()).not.toContain(NEW_SECRET);
  expect(await responses()).not.toContain(NEW_SECRET);
});

test("an invalid app id and an invalid version show errors beside their fields and change nothing", async ({ page, signIn }) => {
  await signIn(people.superAdmin.email);
  await page.goto(PATH);
  const entries = page.getByRole("region", { name: "Recent changes" }).getByRole("listitem");
  const before = await entries.count();

  await page.getByLabel("Instagram App ID").fill("12ab");
  await page.getByLabel("Graph API version").selectOption("Another version…");
  await page.getByLabel("Version", { exact: true }).fill("latest");
  await page.getByLabel("Webhook verify token").fill("short");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Use digits only: the Instagram App ID is a number.")).toBeVisible();
  await expect(page.getByText("Use a Graph API version such as v25.0.")).toBeVisible();
  await expect(page.getByText("Use 16 to 200 characters without spaces, or press Generate.")).toBeVisible();
  await expect(page.getByLabel("Instagram App ID")).toHaveAttribute("aria-invalid", "true");

  await page.reload();
  await expect(page.getByLabel("Instagram App ID")).toHaveValue("1234567890123456");
  await expect(page.getByLabel("Graph API version")).toHaveValue("v24.0");
  await expect(entries).toHaveCount(before);

  // A well-formed version outside the list is accepted.
  await page.getByLabel("Graph API version").selectOption("Another version…");
  await page.getByLabel("Version", { exact: true }).fill("v27.0");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").getByText("Instagram settings saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Graph API version")).toHaveValue("other");
  await expect(page.getByLabel("Version", { exact: true })).toHaveValue("v27.0");
});

test("clearing the saved app id brings the environment value back", async ({ page, signIn }) => {
  await signIn(people.superAdmin.email);
  await page.goto(PATH);
  await page.getByLabel("Instagram App ID").fill("");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").getByText("Instagram settings saved.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Recent changes" }).getByText("Sam Super removed Instagram App ID")).toBeVisible();
  await expect(page.getByText("Not saved here: 555000111 comes from the environment (INSTAGRAM_APP_ID).")).toBeVisible();
});

test("administrators and agents get a translated 403; other configs are 404", async ({ page, signIn, browser, baseURL }) => {
  await signIn(people.acmeAdmin.email);
  let response = await page.goto(PATH);
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
  await expect(page.getByLabel("Instagram App ID")).toHaveCount(0);

  const context = await browser.newContext({ baseURL });
  const agent = await context.newPage();
  await signInOn(agent, people.acmeAgent.email);
  response = await agent.goto(`/es${PATH}`);
  expect(response?.status()).toBe(403);
  await expect(agent.getByRole("heading", { level: 1 })).toHaveText("No tienes acceso a esta página");
  await context.close();

  await page.context().clearCookies();
  await signIn(people.superAdmin.email);
  response = await page.goto("/super_admin/app_config?config=facebook");
  expect(response?.status()).toBe(404);
  response = await page.goto("/super_admin/app_config");
  expect(response?.status()).toBe(404);
});

test("the page renders in Arabic, right to left", async ({ page, signIn }) => {
  await signIn(people.superAdmin.email);
  await page.goto(`/ar${PATH}`);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // Every control keeps a label in Arabic; URLs stay left to right.
  await expect(page.getByRole("button", { name: "حفظ" })).toBeVisible();
  await expect(page.locator('input[readonly][dir="ltr"]')).toHaveCount(2);
  const form = page.locator("form").first();
  const box = await form.boundingBox();
  const label = await form.locator("label").first().boundingBox();
  expect(label!.x + label!.width).toBeGreaterThan(box!.x + box!.width - 40);
});
