import type { Page } from "@playwright/test";
import { aConversation, composer, thread } from "../support/conversations";
import { expect, test } from "../support/fixtures";
import { anInstagramAccount, connectInstagram, logInToInstagram, meta } from "../support/instagram";
import { people } from "../support/seed-data";

test.describe.configure({ timeout: 120_000 });

/** The inbox's entry in the account's inbox list (named by its username, status last). */
const inboxEntry = (page: Page, username: string) => page.getByRole("link", { name: new RegExp(`^${username} `) });
const sentTo = async (customer: string) => (await meta.state()).messages.filter((m) => m.recipientId === customer);

test("a dead token makes replies wait, and reauthorizing the inbox sends them", async ({ page, context, browser, signIn, seeded, request }) => {
  await signIn(people.acmeAdmin.email);
  const { ig, customer, agent, close } = await aConversation({ page, context, browser, seeded, request });
  await meta.revokeTokens(ig.userId);
  const text = `Your order is on its way ${Date.now()}`;
  await composer(agent).fill(text);
  await composer(agent).press("Enter");
  const reply = thread(agent).getByRole("listitem").filter({ hasText: text });
  await expect(reply).toContainText("Waiting for reauthorization", { timeout: 15_000 });
  await agent.reload();
  await expect(agent.getByRole("alert").filter({ hasText: "once an administrator reauthorizes the inbox" })).toBeVisible();
  await expect(composer(agent)).toBeEnabled();
  expect(await sentTo(customer)).toHaveLength(0);

  // Every page tells the administrator, and the inbox list marks the inbox.
  await page.goto(`/app/accounts/${seeded.accounts.acme}/settings/inboxes`);
  const notice = page.getByRole("alert", { name: "Inboxes that need reauthorization" });
  await expect(notice).toContainText(`Instagram no longer accepts the token of @${ig.username}`);
  await expect(inboxEntry(page, ig.username)).toContainText("Needs reauthorization");

  await notice.getByRole("link", { name: `Reauthorize @${ig.username}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Reauthorize @${ig.username}` })).toBeVisible();
  await page.waitForLoadState("networkidle");
  await page.getByRole("button", { name: "Continue with Instagram" }).click();
  await page.getByRole("button", { name: "Allow" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Instagram account reconnected" })).toBeVisible();

  await expect(reply).toContainText("Sent", { timeout: 30_000 });
  const delivered = await sentTo(customer);
  expect(delivered).toHaveLength(1);
  expect(delivered[0]).toMatchObject({ userId: ig.userId, body: { message: { text } } });
  await page.goto(`/app/accounts/${seeded.accounts.acme}/settings/inboxes`);
  await expect(inboxEntry(page, ig.username)).toContainText("Connected");
  await expect(page.getByRole("alert", { name: "Inboxes that need reauthorization" })).toHaveCount(0);
  await close();
});

test("reauthorizing an inbox with another Instagram account is refused", async ({ page, context, signIn, seeded }) => {
  await signIn(people.acmeAdmin.email);
  const inbox = await connectInstagram(page, context, seeded.accounts.acme);
  const other = await anInstagramAccount();
  await logInToInstagram(context, other.userId);

  await page.goto(`/app/accounts/${seeded.accounts.acme}/settings/inboxes/${inbox.inboxId}`);
  await page.getByRole("link", { name: "Reauthorize", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Reauthorize @${inbox.username}` })).toBeVisible();
  await page.waitForLoadState("networkidle");
  await page.getByRole("button", { name: "Continue with Instagram" }).click();
  await page.getByRole("button", { name: "Allow" }).click();

  await expect(page.getByRole("heading", { name: "This is not the inbox's Instagram account" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Try again" })).toHaveAttribute("href", new RegExp(`\\?inbox=${inbox.inboxId}$`));
  expect((await meta.state()).subscriptions[other.userId] ?? []).toEqual([]);
  await page.goto(`/app/accounts/${seeded.accounts.acme}/settings/inboxes`);
  await expect(inboxEntry(page, other.username)).toHaveCount(0);
  await expect(inboxEntry(page, inbox.username)).toContainText("Connected");
});

test("a token Meta refuses at its refresh flags the inbox for its administrators", async ({ page, signIn, seeded }) => {
  // Seeded 55 days after its connection; the worker tried to refresh it when the app started.
  await signIn(people.dormantAdmin.email);
  await expect(async () => {
    await page.goto(`/app/accounts/${seeded.accounts.dormant}/settings/inboxes`);
    await expect(inboxEntry(page, "dormant.shop")).toContainText("Needs reauthorization", { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  const refreshes = (await meta.calls({ path: "/refresh_access_token" })).filter((call) => call.status === 400);
  expect(refreshes.length).toBeGreaterThan(0);
  await expect(page.getByRole("alert", { name: "Inboxes that need reauthorization" })).toContainText("@dormant.shop");

  await inboxEntry(page, "dormant.shop").click();
  await expect(page.getByText("Instagram no longer accepts this inbox's token.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Reauthorize", exact: true })).toHaveAttribute("href", /\/settings\/inboxes\/new\/instagram\?inbox=\d+$/);
});
