import { aConversation } from "../support/conversations";
import { expect, signInOn, test } from "../support/fixtures";
import { connectInstagram } from "../support/instagram";
import { people } from "../support/seed-data";
import { customerText, deliver } from "../support/webhooks";

test.describe.configure({ timeout: 90_000 });

test("search, filters, unread counts and the keyboard in the conversation list", async ({ page, context, browser, signIn, seeded, request }) => {
  await signIn(people.acmeAdmin.email);
  const { ig, agent, close } = await aConversation({ page, context, browser, seeded, request });
  const list = agent.getByRole("navigation", { name: "Conversations" });
  const stamp = Date.now();
  const first = customerText(ig.userId, `Where is parcel ${stamp}?`);
  const second = customerText(ig.userId, `Refund for order ${stamp}`);
  await deliver(request, first.body);
  await deliver(request, second.body);
  await expect(list.getByText(second.text)).toBeVisible({ timeout: 15_000 });

  // Unread, for this agent: one message each, until opened.
  const secondRow = list.getByRole("link", { name: second.text });
  await expect(secondRow).toContainText("1 unread message");
  await secondRow.click();
  await expect(agent.getByRole("list", { name: "Messages" }).getByText(second.text)).toBeVisible();
  await expect(secondRow).not.toContainText("unread");

  // Search by message text.
  await agent.getByLabel("Search", { exact: true }).fill(`parcel ${stamp}`);
  await expect(list.getByRole("link")).toHaveCount(1);
  await expect(list.getByRole("link").first()).toContainText(first.text);
  await agent.getByLabel("Search", { exact: true }).fill(`nothing-like-this-${stamp}`);
  await expect(list.getByText("No conversations match these filters.")).toBeVisible();
  await agent.getByLabel("Search", { exact: true }).fill("");

  // Assigned to me: none yet.
  await agent.getByLabel("Assigned to").selectOption("me");
  await expect(list.getByText("No conversations match these filters.")).toBeVisible();
  await agent.getByLabel("Assigned to").selectOption("all");
  await expect(list.getByText(first.text)).toBeVisible();

  // Keyboard: focus the first conversation, ↓ to the next, Enter opens it.
  const links = list.getByRole("link");
  await links.first().focus();
  await agent.keyboard.press("ArrowDown");
  await expect(links.nth(1)).toBeFocused();
  const name = await links.nth(1).textContent();
  await agent.keyboard.press("Enter");
  await expect(links.nth(1)).toHaveAttribute("aria-current", "page");
  expect(name).toBeTruthy();
  await close();
});

test("an agent sees only their inboxes' conversations; another inbox's is 404", async ({ page, context, browser, signIn, seeded, request }) => {
  await signIn(people.acmeAdmin.email);
  // An inbox without the agent.
  const ig = await connectInstagram(page, context, seeded.accounts.acme);
  const secret = customerText(ig.userId, `Private matter ${Date.now()}`);
  await deliver(request, secret.body);
  await page.goto(`/app/accounts/${seeded.accounts.acme}/conversations`);
  const adminList = page.getByRole("navigation", { name: "Conversations" });
  await expect(adminList.getByText(secret.text)).toBeVisible({ timeout: 15_000 });
  await adminList.getByRole("link", { name: secret.text }).click();
  await expect(page).toHaveURL(/\/conversations\/\d+$/);
  const url = new URL(page.url()).pathname;

  const agentContext = await browser.newContext();
  const agent = await agentContext.newPage();
  await signInOn(agent, people.acmeAgent.email);
  await agent.goto(`/app/accounts/${seeded.accounts.acme}/conversations`);
  await expect(agent.getByRole("navigation", { name: "Conversations" }).getByText(secret.text)).toHaveCount(0);
  const response = await agent.goto(url);
  expect(response?.status()).toBe(404);
  const api = await agent.request.get(`/api/accounts/${seeded.accounts.acme}/conversations?status=all&q=${encodeURIComponent(secret.text)}`);
  expect((await api.json()).conversations).toEqual([]);
  await agentContext.close();
});
