import { expect, signInOn, test } from "../support/fixtures";
import { people } from "../support/seed-data";

test("an administrator adds an agent who can sign in, then removes them", async ({ page, signIn, seeded, browser, baseURL }) => {
  const email = `new-agent-${Date.now().toString(36)}@acme.test`;
  await signIn(people.acmeAdmin.email);
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Agents" }).click();
  await expect(page).toHaveURL(`/app/accounts/${seeded.accounts.acme}/settings/agents`);
  await expect(page.getByText(people.acmeAgent.email)).toBeVisible();

  await page.getByRole("button", { name: "Add agent" }).click();
  await expect(page.getByText("This field is required.")).toBeVisible();
  await page.getByLabel("Name", { exact: true }).fill("Nina New");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Initial password").fill("welcome-nina-1");
  await page.getByLabel("Role").selectOption("agent");
  await page.getByRole("button", { name: "Add agent" }).click();
  await expect(page.getByRole("status").getByText("Nina New was added.")).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();

  const context = await browser.newContext({ baseURL });
  const nina = await context.newPage();
  await signInOn(nina, email, "welcome-nina-1");
  await expect(nina).toHaveURL(`/app/accounts/${seeded.accounts.acme}/conversations`);

  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Remove Nina New" }).click();
  await expect(page.getByRole("status").getByText("Nina New was removed.")).toBeVisible();
  await expect(page.getByText(email)).toHaveCount(0);

  // Her session no longer opens the account, and she is told what to do.
  const response = await nina.goto(`/app/accounts/${seeded.accounts.acme}/conversations`);
  expect(response?.status()).toBe(404);
  await nina.goto("/");
  await expect(nina.getByRole("heading", { name: "You are not in any account yet" })).toBeVisible();
  await context.close();
});

test("the only administrator cannot be removed by another path than the UI hides", async ({ page, signIn, seeded }) => {
  await signIn(people.acmeAdmin.email);
  await page.goto(`/app/accounts/${seeded.accounts.acme}/settings/agents`);
  await expect(page.getByRole("button", { name: `Remove ${people.acmeAdmin.name}` })).toHaveCount(0);
  await expect(page.getByRole("button", { name: `Remove ${people.acmeAgent.name}` })).toBeVisible();
});
