import { aConversation } from "../support/conversations";
import { expect, test } from "../support/fixtures";
import { people } from "../support/seed-data";
import { customerText, deliver } from "../support/webhooks";

test.describe.configure({ timeout: 90_000 });

test("assign, resolve, and the customer's next message reopens it, for everyone live", async ({ page, context, browser, signIn, seeded, request }) => {
  await signIn(people.acmeAdmin.email);
  const { ig, customer, agent, close } = await aConversation({ page, context, browser, seeded, request });
  const header = agent.getByRole("region").locator("header").first();

  await agent.getByLabel("Assignee", { exact: true }).selectOption({ label: people.acmeAgent.name });
  await agent.reload();
  await expect(agent.getByLabel("Assignee", { exact: true })).toHaveValue(/\d+/);
  await expect(agent.getByLabel("Assignee", { exact: true }).locator("option:checked")).toHaveText(people.acmeAgent.name);

  // The administrator watches the same conversation.
  await page.goto(agent.url());
  await agent.waitForLoadState("networkidle");
  await agent.getByRole("button", { name: "Resolve" }).click();
  await expect(header).toContainText("Resolved");
  await expect(page.getByRole("button", { name: "Reopen" })).toBeVisible({ timeout: 15_000 });

  const again = customerText(ig.userId, `One more question ${Date.now()}`, { customer });
  expect((await deliver(request, again.body)).status()).toBe(200);
  await expect(agent.getByRole("list", { name: "Messages" }).getByText(again.text)).toBeVisible({ timeout: 15_000 });
  await expect(header).toContainText("Open");
  await expect(agent.getByRole("button", { name: "Resolve" })).toBeVisible();
  await close();
});
